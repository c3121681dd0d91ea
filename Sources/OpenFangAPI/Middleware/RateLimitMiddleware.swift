import FoundationEssentials
import Hummingbird

/// Rate limits per client address: every route costs units (OpenFang's table: 1 for health, 30
/// for a message, 50 to spawn, 5 by default); over the limit the answer is 429 with `Retry-After`.
struct RateLimitMiddleware: RouterMiddleware {
    let limiter: GCRALimiter
    let table: APIRouteTable

    func handle(_ request: Request, context: APIRequestContext, next: (Request, APIRequestContext) async throws -> Response) async throws -> Response {
        let cost = table.route(method: request.method.rawValue, path: request.uri.path)?.cost ?? 5
        if let wait = limiter.spend(cost, client: context.clientKey, now: Date().timeIntervalSince1970) {
            var error = APIError(.tooManyRequests, "rate limit exceeded: \(limiter.perMinute) units a minute per client; this request costs \(cost); retry in \(wait) s")
            error.retryAfter = wait
            throw error
        }
        return try await next(request, context)
    }
}
