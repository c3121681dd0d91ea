import AsyncHTTPClient
import NIOHTTP1
import NIOCore
import OpenFangTypes

/// Chat completions against OpenAI and every server that copies its API (Groq, OpenRouter,
/// DeepSeek, Ollama, vLLM, LM Studio, …), streaming and not.
public struct OpenAICompatibleDriver: LLMDriver {
    /// Where and how to reach the provider.
    public struct Configuration: Sendable {
        /// Provider id (for messages).
        public var provider: String
        /// Base URL in any of the usual spellings (normalised by ``OpenAIEndpoint``).
        public var baseURL: String
        /// Bearer key; nil for local servers that take none.
        public var apiKey: String?
        /// Extra headers (OpenRouter's `HTTP-Referer`, …).
        public var extraHeaders: [(String, String)]
        /// Azure OpenAI: deployments in the path, `api-key` header, `api-version` query.
        public var azure: Bool

        /// Creates a configuration.
        public init(provider: String, baseURL: String, apiKey: String?, extraHeaders: [(String, String)] = [], azure: Bool = false) {
            self.provider = provider
            self.baseURL = baseURL
            self.apiKey = apiKey
            self.extraHeaders = extraHeaders
            self.azure = azure
        }
    }

    let configuration: Configuration
    let http: ProviderHTTPClient
    let endpoint: OpenAIEndpoint

    /// A driver for one provider, sending through `http`.
    public init(configuration: Configuration, http: ProviderHTTPClient) {
        self.configuration = configuration
        self.http = http
        self.endpoint = OpenAIEndpoint(baseURL: configuration.baseURL)
    }

    /// The Azure API version sent as `api-version`.
    public static let azureAPIVersion = "2024-10-21"

    var headers: [(String, String)] {
        let auth = configuration.apiKey.map { configuration.azure ? [("api-key", $0)] : [("authorization", "Bearer \($0)")] } ?? []
        return auth + configuration.extraHeaders
    }

    /// Where the request goes: `<base>/chat/completions`, or Azure's deployment URL.
    func url(for model: String) -> String {
        guard configuration.azure else { return endpoint.chatCompletions }
        var base = configuration.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return "\(base)/\(model)/chat/completions?api-version=\(Self.azureAPIVersion)"
    }

    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        let body = try await http.completion(
            url: url(for: request.model), headers: headers, body: OpenAIRequestBody.make(request, stream: false).compactJSON,
            model: request.model)
        return try OpenAIResponseDecoder.decode(body)
    }

    public func stream(_ request: CompletionRequest) -> AsyncThrowingStream<StreamEvent, any Error> {
        http.eventStream(
            url: url(for: request.model), headers: headers, body: OpenAIRequestBody.make(request, stream: true).compactJSON,
            model: request.model, assembler: OpenAIStreamAssembler())
    }
}
