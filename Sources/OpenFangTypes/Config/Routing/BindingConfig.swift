/// `[[bindings]]`: route matching messages to an agent.
public struct BindingConfig: ConfigSection {
    /// Agent name.
    public var agent: String
    /// Which messages match.
    public var matchRule: BindingMatchRule

    /// OpenFang's defaults.
    public static let defaults = BindingConfig(agent: "", matchRule: .defaults)

    enum CodingKeys: String, CodingKey {
        case agent
        case matchRule = "match_rule"
    }
}

extension BindingConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        agent = try c.required(.agent, placeholder: "")
        matchRule = try c.decode(.matchRule, default: d.matchRule)
    }
}
