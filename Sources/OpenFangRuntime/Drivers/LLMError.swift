/// Why a model call failed, classified so the caller knows whether to retry, fall back or tell
/// the user what to fix.
public enum LLMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 429: too many requests; retry after the given delay when the provider says.
    case rateLimited(retryAfter: Duration?)
    /// 529/503: the provider is overloaded.
    case overloaded(retryAfter: Duration?)
    /// No answer in time.
    case timeout
    /// 401/403: the key is missing, wrong or not allowed.
    case authentication(String)
    /// 402 or a quota message: out of credit.
    case billing(String)
    /// The prompt does not fit the model's context window.
    case contextOverflow(String)
    /// The model does not exist at this provider (or is not pulled, for local servers).
    case modelNotFound(model: String, detail: String)
    /// 400: the request was malformed or unsupported.
    case badRequest(String)
    /// 404 at the endpoint itself: the base URL is wrong.
    case endpointNotFound(url: String)
    /// The response or stream could not be understood.
    case malformedResponse(String)
    /// Any other HTTP failure.
    case http(status: Int, body: String)
    /// The provider could not be reached.
    case connection(String)

    /// Whether the same request may succeed if sent again later.
    public var isRetryable: Bool {
        switch self {
        case .rateLimited, .overloaded, .timeout, .connection: true
        case .http(let status, _): status >= 500
        default: false
        }
    }

    /// What happened and what to do, in one or two sentences.
    public var description: String {
        switch self {
        case .rateLimited(let after):
            "rate limited by the provider" + (after.map { "; retry after \($0)" } ?? "")
        case .overloaded(let after):
            "the provider is overloaded" + (after.map { "; retry after \($0)" } ?? "")
        case .timeout: "the provider did not answer in time"
        case .authentication(let detail): "the provider rejected the key: \(detail). Check the key variable for this provider."
        case .billing(let detail): "the provider account is out of credit or quota: \(detail)"
        case .contextOverflow(let detail): "the conversation is too long for the model's context window: \(detail)"
        case .modelNotFound(let model, let detail):
            "model \"\(model)\" is not available: \(detail)"
                + (detail.lowercased().contains("pull") ? ". For Ollama, run `ollama pull \(model)`" : ". Check the model id with `openfang models list`")
        case .badRequest(let detail): "the provider rejected the request: \(detail)"
        case .endpointNotFound(let url): "nothing answers at \(url) (HTTP 404); check base_url (for OpenAI-compatible servers it usually ends in /v1)"
        case .malformedResponse(let detail): "the provider's response could not be read: \(detail)"
        case .http(let status, let body): "HTTP \(status) from the provider: \(body.prefix(300))"
        case .connection(let detail): "cannot reach the provider: \(detail)"
        }
    }
}
