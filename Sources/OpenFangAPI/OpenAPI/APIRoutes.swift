import Hummingbird

/// Registers routes on the router and records each one's documentation in the table, so the
/// OpenAPI document can never miss a route.
struct APIRoutes {
    let router: Router<APIRequestContext>
    let table: APIRouteTable

    /// Adds `method path` with its documentation.
    func on(
        _ method: HTTPRequest.Method, _ path: String, summary: String, query: [String: APIBodyField] = [:], body: [String: APIBodyField]? = nil, response: String, isPublic: Bool = false,
        cost: Int = 5, status: Int = 200, errors: Set<Int> = [], use handler: @Sendable @escaping (Request, APIRequestContext) async throws -> some ResponseGenerator
    ) {
        var doc = APIRouteDoc(method: method.rawValue, path: path, summary: summary, query: query, body: body, response: response, isPublic: isPublic, cost: cost)
        (doc.status, doc.errors) = (status, errors)
        table.record(doc)
        router.on(RouterPath(path), method: method, use: handler)
    }
}
