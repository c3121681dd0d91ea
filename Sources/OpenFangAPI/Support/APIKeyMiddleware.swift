import HTTPTypes
import Hummingbird

/// With an `api_key` configured, every route but the public ones needs it, as
/// `Authorization: Bearer <key>` or `x-api-key: <key>` (compared in constant time).
struct APIKeyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The key ("" = no key: the daemon then listens on loopback only).
    let key: String
    /// Paths anyone may read.
    static var publicPaths: Set<String> { ["/api/health"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !key.isEmpty, !Self.publicPaths.contains(request.uri.path) else { return try await next(request, context) }
        let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let presented = bearer ?? request.headers[HTTPField.Name("x-api-key")!]
        guard let presented, Self.constantTimeEqual(Array(presented.utf8), Array(key.utf8)) else {
            throw APIError(.unauthorized, presented == nil ? "this daemon needs its api_key: send Authorization: Bearer <key> or x-api-key" : "the api key is wrong")
        }
        return try await next(request, context)
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
