import HTTPTypes
import Hummingbird

/// Security headers on every answer (inventory §10.7): no sniffing, no framing, no referrer
/// leaks, no caching, a CSP that allows nothing (for JSON), and HSTS when behind TLS: always
/// with `behindTLS`, else when a reverse proxy on this machine says the client used HTTPS
/// (`X-Forwarded-Proto: https` from a loopback peer; the header is ignored from anyone else).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    let behindTLS: Bool

    static var headers: [(String, String)] {
        [
            ("x-content-type-options", "nosniff"), ("x-frame-options", "DENY"), ("referrer-policy", "strict-origin-when-cross-origin"),
            ("cache-control", "no-store"), ("content-security-policy", "default-src 'none'; frame-ancestors 'none'"),
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        for (name, value) in Self.headers where response.headers[HTTPField.Name(name)!] == nil {
            response.headers[HTTPField.Name(name)!] = value
        }
        if behindTLS || (context.isLoopback && request.headers[HTTPField.Name("x-forwarded-proto")!]?.lowercased() == "https") {
            response.headers[HTTPField.Name("strict-transport-security")!] = "max-age=63072000; includeSubDomains"
        }
        return response
    }
}
