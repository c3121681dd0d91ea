import FoundationEssentials
import Hummingbird
import OpenFangKernel

/// An error in OpenAI's shape, `{"error": {"message", "type", "param", "code"}}`, so OpenAI
/// clients raise the right exception; `param` names the request field at fault.
struct OpenAIError: HTTPResponseError, Encodable {
    /// The body's `error` object.
    struct Body: Encodable, Sendable {
        var message: String
        var type: String
        var param: String?
        var code: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .message)
            try container.encode(type, forKey: .type)
            try container.encode(param, forKey: .param)
            try container.encode(code, forKey: .code)
        }

        enum CodingKeys: String, CodingKey { case message, type, param, code }
    }

    /// The status.
    var status: HTTPResponse.Status
    /// The body.
    var error: Body
    /// Seconds to wait, sent as `Retry-After` with a 429.
    var retryAfter: Int?
    /// The methods the path takes, sent as `Allow` with a 405.
    var allow: [String]?

    enum CodingKeys: String, CodingKey { case error }

    init(_ status: HTTPResponse.Status, _ message: String, param: String? = nil, code: String? = nil) {
        self.status = status
        error = Body(message: message, type: Self.types[status.code] ?? (status.code >= 500 ? "server_error" : "invalid_request_error"), param: param, code: code)
    }

    /// OpenAI's error `type` by status (by table).
    static let types: [Int: String] = [
        400: "invalid_request_error", 401: "authentication_error", 403: "permission_error", 404: "invalid_request_error",
        409: "invalid_request_error", 413: "invalid_request_error", 429: "rate_limit_error", 503: "server_error", 504: "timeout",
    ]

    /// A request field that is missing or malformed (400 naming it).
    static func invalid(_ param: String, _ message: String) -> OpenAIError { OpenAIError(.badRequest, message, param: param) }

    /// No agent answers to `model` (404 naming `model`).
    static func modelNotFound(_ model: String, known: [String]) -> OpenAIError {
        let list = known.isEmpty ? "no agents are registered" : "agents: " + known.joined(separator: ", ")
        return OpenAIError(.notFound, "the model \"\(model)\" does not exist: models are agent names or ids (\(list))", param: "model", code: "model_not_found")
    }

    /// The answer for anything a handler throws: kernel errors keep the daemon API's statuses.
    static func from(_ error: any Error) -> OpenAIError {
        if let openAI = error as? OpenAIError { return openAI }
        if let completion = error as? CompletionError { return invalid("messages", completion.description) }
        if let http = error as? HTTPError { return OpenAIError(http.status, http.body ?? http.status.reasonPhrase) }
        let api = APIError.from(error)
        var openAI = OpenAIError(api.status, api.message, param: api.field, code: api.code)
        (openAI.retryAfter, openAI.allow) = (api.retryAfter, api.allow)
        return openAI
    }

    /// The JSON text of the body (for an error event inside a stream).
    var json: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if status == .tooManyRequests, let retryAfter { headers[.retryAfter] = String(retryAfter) }
        if status == .methodNotAllowed, let allow { headers[.allow] = allow.joined(separator: ", ") }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: json)))
    }
}
