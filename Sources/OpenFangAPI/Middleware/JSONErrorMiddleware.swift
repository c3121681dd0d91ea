import Hummingbird

/// Turns whatever a handler throws into the one JSON error shape with the right status (errors
/// that already render themselves, such as the `/v1` routes' OpenAI errors, pass through).
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let rendered as OpenAIError {
            throw rendered
        } catch {
            throw APIError.from(error)
        }
    }
}
