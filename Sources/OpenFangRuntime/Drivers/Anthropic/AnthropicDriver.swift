import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import OpenFangTypes

/// Anthropic's Messages API (also used by `kimi_coding`), streaming and not.
public struct AnthropicDriver: LLMDriver {
    /// The API version header sent with every request.
    public static let apiVersion = "2023-06-01"

    let baseURL: String
    let apiKey: String?
    let http: ProviderHTTPClient

    /// A driver for `baseURL` (default `https://api.anthropic.com`; a trailing `/v1` is tolerated).
    public init(baseURL: String = "https://api.anthropic.com", apiKey: String?, http: ProviderHTTPClient) {
        self.baseURL = baseURL.trimmedBaseURL(removing: ["/v1/messages", "/v1"])
        self.apiKey = apiKey
        self.http = http
    }

    var url: String { baseURL + "/v1/messages" }

    var headers: [(String, String)] {
        (apiKey.map { [("x-api-key", $0)] } ?? []) + [("anthropic-version", Self.apiVersion)]
    }

    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        let body = try await http.completion(
            url: url, headers: headers, body: AnthropicRequestBody.make(request, stream: false).compactJSON, model: request.model)
        return try AnthropicResponseDecoder.decode(body)
    }

    public func stream(_ request: CompletionRequest) -> AsyncThrowingStream<StreamEvent, any Error> {
        http.eventStream(
            url: url, headers: headers, body: AnthropicRequestBody.make(request, stream: true).compactJSON, model: request.model,
            assembler: AnthropicStreamAssembler())
    }
}
