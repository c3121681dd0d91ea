/// An outbound request of the web tools.
public struct WebRequest: Sendable, Hashable {
    /// The URL.
    public var url: String
    /// GET, POST, PUT, PATCH or DELETE.
    public var method: String
    /// Headers to send.
    public var headers: [String: String]
    /// The body, if any.
    public var body: String?

    /// Creates a request.
    public init(url: String, method: String = "GET", headers: [String: String] = [:], body: String? = nil) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
    }
}
