/// `[web.searxng]`: a self-hosted SearXNG instance.
public struct SearXNGSearchConfig: ConfigSection {
    /// Base URL of the instance (empty = not configured).
    public var url: String

    /// OpenFang's defaults.
    public static let defaults = SearXNGSearchConfig(url: "")

    enum CodingKeys: String, CodingKey {
        case url
    }
}

extension SearXNGSearchConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        url = try c.decode(.url, default: d.url)
    }
}
