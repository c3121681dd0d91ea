import Hummingbird

/// Refuses a body whose declared length is over the limit before reading it (413); routes read
/// bodies with their own, smaller limits too.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes {
            throw APIError(.contentTooLarge, "the body is \(length) bytes; the limit is \(maxBytes)")
        }
        return try await next(request, context)
    }
}
