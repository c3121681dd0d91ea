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

        /// Creates a configuration.
        public init(provider: String, baseURL: String, apiKey: String?, extraHeaders: [(String, String)] = []) {
            self.provider = provider
            self.baseURL = baseURL
            self.apiKey = apiKey
            self.extraHeaders = extraHeaders
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

    var headers: [(String, String)] {
        (configuration.apiKey.map { [("authorization", "Bearer \($0)")] } ?? []) + configuration.extraHeaders
    }

    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        let body = try await http.completion(
            url: endpoint.chatCompletions, headers: headers, body: OpenAIRequestBody.make(request, stream: false).compactJSON,
            model: request.model)
        return try OpenAIResponseDecoder.decode(body)
    }

    public func stream(_ request: CompletionRequest) -> AsyncThrowingStream<StreamEvent, any Error> {
        http.eventStream(
            url: endpoint.chatCompletions, headers: headers, body: OpenAIRequestBody.make(request, stream: true).compactJSON,
            model: request.model, assembler: OpenAIStreamAssembler())
    }
}
