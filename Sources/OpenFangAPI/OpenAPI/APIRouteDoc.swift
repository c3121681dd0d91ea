/// What the OpenAPI document says about one route.
public struct APIRouteDoc: Sendable, Hashable {
    /// `GET`, `POST`, …
    public var method: String
    /// The path, with `{name}` captures (`/api/agents/{id}/message`).
    public var path: String
    /// One line on what it does.
    public var summary: String
    /// Query parameters by name (all optional).
    public var query: [String: APIBodyField] = [:]
    /// JSON body fields by name (nil: no body).
    public var body: [String: APIBodyField]?
    /// What a successful answer holds.
    public var response: String
    /// Whether it answers without the API key.
    public var isPublic: Bool
    /// The success status (200, or 201 for creations).
    public var status = 200
    /// Error statuses particular to the route (the common ones are derived).
    public var errors: Set<Int> = []
    /// Cost units it takes from the client's rate limit.
    public var cost: Int

    /// The `{name}` captures of the path.
    public var parameters: [String] {
        path.split(separator: "/").compactMap { $0.hasPrefix("{") && $0.hasSuffix("}") ? String($0.dropFirst().dropLast()) : nil }
    }
}
