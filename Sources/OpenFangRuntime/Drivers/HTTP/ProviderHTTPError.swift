import AsyncHTTPClient
import NIOHTTP1

extension LLMErrorClassifier {
    /// The classified error of a non-2xx response (reads its body).
    static func error(for response: HTTPClientResponse, http: ProviderHTTPClient, url: String, model: String) async -> LLMError {
        let body = (try? await http.text(of: response, limit: 64 * 1024)) ?? ""
        return classify(
            status: Int(response.status.code), body: body, retryAfter: retryAfter(header: response.headers.first(name: "retry-after")),
            url: url, model: model)
    }
}
