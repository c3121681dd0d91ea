/// `[a2a]`: the Agent-to-Agent protocol.
public struct A2AConfig: ConfigSection {
    /// Serve A2A endpoints.
    public var enabled: Bool
    /// Path prefix.
    public var listenPath: String
    /// Remote agents to call.
    public var externalAgents: [ExternalAgentConfig]

    /// OpenFang's defaults.
    public static let defaults = A2AConfig(enabled: false, listenPath: "/a2a", externalAgents: [])

    enum CodingKeys: String, CodingKey {
        case enabled
        case listenPath = "listen_path"
        case externalAgents = "external_agents"
    }
}

extension A2AConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        enabled = try c.decode(.enabled, default: d.enabled)
        listenPath = try c.decode(.listenPath, default: d.listenPath)
        externalAgents = try c.decode(.externalAgents, default: d.externalAgents)
    }
}
