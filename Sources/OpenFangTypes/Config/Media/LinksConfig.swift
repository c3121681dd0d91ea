/// `[links]`: link understanding in user messages.
public struct LinksConfig: ConfigSection {
    /// Point the agent at URLs in messages.
    public var enabled: Bool
    /// URLs considered per message.
    public var maxLinks: Int
    /// Content read per URL.
    public var maxContentBytes: Int
    /// Per-URL timeout.
    public var timeoutSecs: Int

    /// OpenFang's defaults.
    public static let defaults = LinksConfig(enabled: false, maxLinks: 3, maxContentBytes: 102_400, timeoutSecs: 10)

    enum CodingKeys: String, CodingKey {
        case enabled
        case maxLinks = "max_links"
        case maxContentBytes = "max_content_bytes"
        case timeoutSecs = "timeout_secs"
    }
}

extension LinksConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        maxLinks = try c.decode(.maxLinks, default: d.maxLinks)
        maxContentBytes = try c.decode(.maxContentBytes, default: d.maxContentBytes)
        timeoutSecs = try c.decode(.timeoutSecs, default: d.timeoutSecs)
    }
}
