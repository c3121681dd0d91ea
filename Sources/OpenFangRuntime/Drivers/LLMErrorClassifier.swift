import OpenFangTypes

/// Classifies a provider's HTTP failure by status and message, the same way for every driver.
public enum LLMErrorClassifier {
    /// The error for an HTTP `status` with response `body`, at `url`, for `model`.
    public static func classify(status: Int, body: String, retryAfter: Duration?, url: String, model: String) -> LLMError {
        let message = extractMessage(body)
        let lower = message.lowercased()
        switch status {
        case 429:
            if lower.contains("quota") || lower.contains("billing") || lower.contains("credit") { return .billing(message) }
            return .rateLimited(retryAfter: retryAfter)
        case 529, 503: return .overloaded(retryAfter: retryAfter)
        case 408, 504: return .timeout
        case 401, 403: return .authentication(message)
        case 402: return .billing(message)
        case 404:
            if lower.contains("model") { return .modelNotFound(model: model, detail: message) }
            return .endpointNotFound(url: url)
        case 400, 413, 422:
            if lower.contains("context") && (lower.contains("length") || lower.contains("window") || lower.contains("too long"))
                || lower.contains("maximum context") || lower.contains("prompt is too long") || status == 413
            {
                return .contextOverflow(message)
            }
            if lower.contains("model") && (lower.contains("not found") || lower.contains("does not exist") || lower.contains("not pulled")) {
                return .modelNotFound(model: model, detail: message)
            }
            return .badRequest(message)
        default:
            return .http(status: status, body: message)
        }
    }

    /// The human message inside a provider's error JSON (`error.message`, `message`, `error`), else the body.
    public static func extractMessage(_ body: String) -> String {
        if let json = JSONValue.parse(body) {
            if let message = json["error"]?["message"]?.stringValue { return message }
            if let message = json["error"]?.stringValue { return message }
            if let message = json["message"]?.stringValue { return message }
        }
        let trimmed = body.trimmingCharacters(in: " \n\t\r")
        return trimmed.isEmpty ? "(empty response body)" : String(trimmed.prefix(500))
    }

    /// `retry-after` in seconds or an HTTP date's distance is not supported: seconds only.
    public static func retryAfter(header: String?) -> Duration? {
        guard let header, let seconds = Double(header.trimmingCharacters(in: " ")), seconds >= 0 else { return nil }
        return .milliseconds(Int64(seconds * 1000))
    }
}
