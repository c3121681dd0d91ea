/// `[canvas]`: agent-rendered HTML canvases.
public struct CanvasConfig: ConfigSection {
    /// Whether canvases are on.
    public var enabled: Bool
    /// Largest canvas.
    public var maxHTMLBytes: Int
    /// Extra HTML tags allowed.
    public var allowedTags: [String]

    /// OpenFang's defaults.
    public static let defaults = CanvasConfig(enabled: false, maxHTMLBytes: 512 * 1024, allowedTags: [])

    enum CodingKeys: String, CodingKey {
        case enabled
        case maxHTMLBytes = "max_html_bytes"
        case allowedTags = "allowed_tags"
    }
}

extension CanvasConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        maxHTMLBytes = try c.decode(.maxHTMLBytes, default: d.maxHTMLBytes)
        allowedTags = try c.decode(.allowedTags, default: d.allowedTags)
    }
}
