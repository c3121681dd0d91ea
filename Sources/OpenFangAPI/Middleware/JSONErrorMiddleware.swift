import Hummingbird

/// Turns whatever a handler throws into the one JSON error shape with the right status (errors
/// that already render themselves, such as the `/v1` routes' OpenAI errors, pass through).
/// A path that exists with other methods answers 405 with `Allow` instead of the router's 404.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let table: APIRouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let rendered as OpenAIError {
            throw rendered
        } catch let notFound as HTTPError where notFound.status == .notFound {
            let methods = table.methods(at: request.uri.path)
            guard !methods.isEmpty else { throw Self.render(notFound, for: request) }
            var refusal = APIError(.methodNotAllowed, "\(request.method.rawValue) is not allowed here; this path takes \(methods.joined(separator: ", "))")
            refusal.allow = methods
            throw Self.render(refusal, for: request)
        } catch {
            // Under /v1 every error (body limit, rate limit, unknown route) speaks OpenAI's shape.
            throw Self.render(error, for: request)
        }
    }

    /// `error` in the shape of the request's API: OpenAI's under /v1, the daemon's elsewhere.
    static func render(_ error: any Error, for request: Request) -> any Error {
        request.uri.path.hasPrefix("/v1/") || request.uri.path == "/v1" ? OpenAIError.from(error) : APIError.from(error)
    }
}
