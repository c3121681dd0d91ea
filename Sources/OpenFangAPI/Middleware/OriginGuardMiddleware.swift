import HTTPTypes
import Hummingbird

/// Refuses requests that change something when a browser sends them from another site (CSRF):
/// a `POST`, `PUT`, `PATCH` or `DELETE` whose `Origin` is neither this server's own (the `Host`
/// it was sent to) nor one of `api_cors_origins` gets 403 `cross_origin`. Requests without an
/// `Origin` (the CLI, SDKs, curl) are not browsers' and pass.
struct OriginGuardMiddleware<Context: RequestContext>: RouterMiddleware {
    let origins: Set<String>

    static var changingMethods: Set<HTTPRequest.Method> { [.post, .put, .patch, .delete] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.changingMethods.contains(request.method), let origin = request.headers[.origin] else { return try await next(request, context) }
        let own = request.head.authority.map { ["http://\($0)", "https://\($0)"] } ?? []
        guard origins.contains(origin) || own.contains(origin) else {
            throw APIError(.forbidden, "a request from the web page at \(origin) may not change anything here (add the origin to api_cors_origins to allow it)", code: "cross_origin")
        }
        return try await next(request, context)
    }
}
