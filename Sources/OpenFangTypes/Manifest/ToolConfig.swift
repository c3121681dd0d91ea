/// `[tools.<name>]`: settings for one tool.
public struct ToolConfig: ConfigSection {
    /// Tool-specific parameters.
    public var params: [String: JSONValue]

    /// OpenFang's defaults.
    public static let defaults = ToolConfig(params: [:])

    enum CodingKeys: String, CodingKey {
        case params
    }
}

extension ToolConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        params = try c.decode(.params, default: d.params)
    }
}
