import HTTPTypes
import Hummingbird

/// CORS only for configured origins: a request from another origin gets no CORS headers (the
/// browser then refuses it); preflights from allowed origins are answered here.
struct CORSMiddleware<Context: RequestContext>: RouterMiddleware {
    let origins: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let origin = request.headers[.origin], origins.contains(origin) else { return try await next(request, context) }
        var response =
            request.method == .options
            ? Response(status: .noContent, headers: [
                .accessControlAllowMethods: "GET, POST, PUT, PATCH, DELETE, OPTIONS",
                .accessControlAllowHeaders: "authorization, content-type, x-api-key",
                .accessControlMaxAge: "600",
            ])
            : try await next(request, context)
        response.headers[.accessControlAllowOrigin] = origin
        response.headers[.vary] = "Origin"
        return response
    }
}
