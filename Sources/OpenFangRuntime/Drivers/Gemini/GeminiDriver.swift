import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import OpenFangTypes

/// Google Gemini's `generateContent` and `streamGenerateContent?alt=sse`. The key travels only in
/// the `x-goog-api-key` header, never in the URL (where proxies and logs would keep it).
public struct GeminiDriver: LLMDriver {
    let baseURL: String
    let apiKey: String?
    let http: ProviderHTTPClient

    /// A driver for `baseURL` (default Google's; a trailing `/v1beta` is tolerated).
    public init(baseURL: String = "https://generativelanguage.googleapis.com", apiKey: String?, http: ProviderHTTPClient) {
        self.baseURL = baseURL.trimmedBaseURL(removing: ["/v1beta"])
        self.apiKey = apiKey
        self.http = http
    }

    func url(_ model: String, stream: Bool) -> String {
        let name = model.hasPrefix("models/") ? String(model.dropFirst("models/".count)) : model
        return "\(baseURL)/v1beta/models/\(name):" + (stream ? "streamGenerateContent?alt=sse" : "generateContent")
    }

    var headers: [(String, String)] { apiKey.map { [("x-goog-api-key", $0)] } ?? [] }

    public func complete(_ request: CompletionRequest) async throws -> CompletionResponse {
        let body = try await http.completion(
            url: url(request.model, stream: false), headers: headers, body: GeminiRequestBody.make(request).compactJSON,
            model: request.model)
        var assembler = GeminiAssembler()
        _ = try assembler.consume(body)
        guard case .contentComplete(let result)? = assembler.finish().last else {
            throw LLMError.malformedResponse("the response could not be assembled")
        }
        return result
    }

    public func stream(_ request: CompletionRequest) -> AsyncThrowingStream<StreamEvent, any Error> {
        http.eventStream(
            url: url(request.model, stream: true), headers: headers, body: GeminiRequestBody.make(request).compactJSON,
            model: request.model, assembler: GeminiAssembler())
    }
}
