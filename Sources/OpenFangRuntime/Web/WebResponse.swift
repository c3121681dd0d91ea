/// What an outbound request returned.
public struct WebResponse: Sendable, Hashable {
    /// The final URL (after redirects).
    public var url: String
    /// The HTTP status.
    public var status: Int
    /// The content type, lowercased.
    public var contentType: String
    /// The body (at most the size cap).
    public var body: String
    /// Whether the body was cut at the size cap.
    public var truncated: Bool
}
