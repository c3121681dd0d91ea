/// `[web.fetch]`: limits of the `web_fetch` tool.
public struct WebFetchConfig: ConfigSection {
    /// Characters of page text returned to the model.
    public var maxChars: Int
    /// Largest response body read.
    public var maxResponseBytes: Int
    /// Request timeout in seconds.
    public var timeoutSecs: Int
    /// Convert HTML to readable Markdown.
    public var readability: Bool
    /// Private hosts the SSRF guard lets through (host, `*.domain`, CIDR).
    public var ssrfAllowedHosts: [String]

    /// OpenFang's defaults.
    public static let defaults = WebFetchConfig(
        maxChars: 50_000, maxResponseBytes: 10 * 1024 * 1024, timeoutSecs: 30, readability: true,
        ssrfAllowedHosts: [])

    enum CodingKeys: String, CodingKey {
        case readability
        case maxChars = "max_chars"
        case maxResponseBytes = "max_response_bytes"
        case timeoutSecs = "timeout_secs"
        case ssrfAllowedHosts = "ssrf_allowed_hosts"
    }
}

extension WebFetchConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        maxChars = try c.decode(.maxChars, default: d.maxChars)
        maxResponseBytes = try c.decode(.maxResponseBytes, default: d.maxResponseBytes)
        timeoutSecs = try c.decode(.timeoutSecs, default: d.timeoutSecs)
        readability = try c.decode(.readability, default: d.readability)
        ssrfAllowedHosts = try c.decode(.ssrfAllowedHosts, default: d.ssrfAllowedHosts)
    }
}
