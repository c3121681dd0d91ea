import Hummingbird

/// Answers whatever a `/v1` handler throws as an ``OpenAIError`` (the daemon's other routes keep
/// their own `{"error": "…"}` shape).
struct OpenAIErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return try OpenAIError.from(error).response(from: request, context: context)
        }
    }
}
