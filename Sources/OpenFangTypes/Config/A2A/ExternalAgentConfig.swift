/// `[[a2a.external_agents]]`: a remote A2A agent.
public struct ExternalAgentConfig: ConfigSection {
    /// Local name.
    public var name: String
    /// Agent card URL.
    public var url: String

    /// OpenFang's defaults.
    public static let defaults = ExternalAgentConfig(name: "", url: "")

    enum CodingKeys: String, CodingKey {
        case name, url
    }
}

extension ExternalAgentConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.required(.name, placeholder: "")
        url = try c.required(.url, placeholder: "")
    }
}
