import FoundationEssentials
import Hummingbird
import OpenFangKernel
import OpenFangRuntime

/// An error answered as `{"error": {"code", "message", "field"?}}` with its status; the message
/// says what was wrong, `field` names the request field when one was.
struct APIError: HTTPResponseError {
    /// The status.
    var status: HTTPResponse.Status
    /// A stable, machine-readable code (`unknown_agent`, `bad_request`, …).
    var code: String
    /// What the client reads.
    var message: String
    /// The request field at fault.
    var field: String?

    init(_ status: HTTPResponse.Status, _ message: String, code: String? = nil, field: String? = nil) {
        self.status = status
        self.code = code ?? Self.codes[status.code] ?? "error"
        self.message = message
        self.field = field
    }

    /// Default codes by status.
    static let codes: [Int: String] = [
        400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 409: "conflict",
        413: "payload_too_large", 415: "unsupported_media_type", 429: "rate_limited", 500: "internal", 502: "bad_gateway", 503: "unavailable", 504: "timeout",
    ]

    /// Kernel errors by kind → status and code (by table, not by matching messages).
    static let kernelErrors: [KernelError.Kind: (HTTPResponse.Status, String)] = [
        .unknownAgent: (.notFound, "unknown_agent"), .invalidManifest: (.badRequest, "invalid_manifest"), .duplicateName: (.conflict, "duplicate_name"),
        .notRunning: (.conflict, "agent_not_running"), .noProvider: (.serviceUnavailable, "no_provider"), .quotaExceeded: (.tooManyRequests, "quota_exceeded"),
        .turnHung: (.gatewayTimeout, "turn_hung"), .shuttingDown: (.serviceUnavailable, "shutting_down"), .forbidden: (.forbidden, "forbidden"),
        .schedule: (.badRequest, "invalid_schedule"), .boot: (.internalServerError, "boot_failed"), .turnFailed: (.badGateway, "turn_failed"),
        .unknownCronJob: (.notFound, "unknown_cron_job"), .invalidTriggerPattern: (.badRequest, "invalid_pattern"),
    ]

    /// The request field a kernel error is about, where it is always the same one.
    static let kernelErrorFields: [KernelError.Kind: String] = [.invalidTriggerPattern: "pattern"]

    /// The answer for any error a handler throws.
    static func from(_ error: any Error) -> APIError {
        if let api = error as? APIError { return api }
        if let http = error as? HTTPError { return APIError(http.status, http.body ?? http.status.reasonPhrase) }
        if let kernel = error as? KernelError {
            let (status, code) = kernelErrors[kernel.kind] ?? (.internalServerError, "internal")
            return APIError(status, kernel.description, code: code, field: kernelErrorFields[kernel.kind])
        }
        if let provider = error as? LLMError { return .provider(provider) }
        if let loop = error as? AgentLoopError {
            switch loop {
            case .llm(let provider): return .provider(provider)
            case .sessionNotFound: return APIError(.notFound, loop.description, code: "unknown_session")
            case .maxIterationsExceeded, .circuitBreak: return APIError(.unprocessableContent, loop.description, code: "turn_failed")
            }
        }
        return APIError(.internalServerError, "\(error)")
    }

    /// The JSON body.
    var body: [String: [String: String]] {
        var inner = ["code": code, "message": message]
        if let field { inner["field"] = field }
        return ["error": inner]
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONEncoder.sortedKeys.encode(body)
        var headers: HTTPFields = [.contentType: "application/json"]
        if status == .tooManyRequests, let retry = retryAfter { headers[.retryAfter] = String(retry) }
        if status == .methodNotAllowed, let allow { headers[.allow] = allow.joined(separator: ", ") }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Seconds to wait, for 429 answers.
    var retryAfter: Int?
    /// The methods the path takes, for 405 answers.
    var allow: [String]?
}

extension JSONEncoder {
    /// Key-sorted JSON.
    static var sortedKeys: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
