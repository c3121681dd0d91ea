import HTTPTypes
import Hummingbird

/// Who may call the API. With an `api_key`, every route but the public ones needs it, as
/// `Authorization: Bearer <key>` or `x-api-key: <key>` (compared in constant time). Without one,
/// only clients on this machine are served.
struct AccessMiddleware: RouterMiddleware {
    /// The key ("" = none).
    let key: String
    /// The documented routes (which are public).
    let table: APIRouteTable

    func handle(_ request: Request, context: APIRequestContext, next: (Request, APIRequestContext) async throws -> Response) async throws -> Response {
        let isPublic = table.route(method: request.method.rawValue, path: request.uri.path)?.isPublic == true
        if let refusal = Self.refusal(key: key, isLoopback: context.isLoopback, isPublic: isPublic, presented: Self.presentedKey(request)) {
            // OpenAI clients read OpenAI's error shape.
            if request.uri.path.hasPrefix("/v1/") { throw OpenAIError(refusal.status, refusal.message, code: refusal.code) }
            throw refusal
        }
        return try await next(request, context)
    }

    /// The key a request presents: `Authorization: Bearer <key>` or `x-api-key: <key>`.
    static func presentedKey(_ request: Request) -> String? {
        request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil } ?? request.headers[HTTPField.Name("x-api-key")!]
    }

    /// Why a request may not pass (nil: it may).
    static func refusal(key: String, isLoopback: Bool, isPublic: Bool, presented: String?) -> APIError? {
        guard !key.isEmpty else {
            guard isLoopback else {
                return APIError(.forbidden, "this daemon has no api_key, so it serves only clients on its own machine; set api_key in config.toml to allow others", code: "loopback_only")
            }
            return nil
        }
        guard !isPublic else { return nil }
        guard let presented, constantTimeEqual(Array(presented.utf8), Array(key.utf8)) else {
            return APIError(.unauthorized, presented == nil ? "this daemon needs its api_key: send Authorization: Bearer <key> or x-api-key" : "the api key is wrong")
        }
        return nil
    }

    /// Equal bytes, in time that depends only on the lengths.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
