/// `[channels.twist]`: a Twist workspace (API v3).
public struct TwistConfig: ConfigSection {
    /// Variable holding the API token.
    public var tokenEnv: String
    /// Workspace id.
    public var workspaceID: String
    /// Channel ids to listen in; empty allows all.
    public var allowedChannels: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = TwistConfig(
        tokenEnv: "TWIST_TOKEN", workspaceID: "", allowedChannels: [], defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case tokenEnv = "token_env"
        case workspaceID = "workspace_id"
        case allowedChannels = "allowed_channels"
        case defaultAgent = "default_agent"
    }
}

extension TwistConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        tokenEnv = try c.decode(.tokenEnv, default: d.tokenEnv)
        workspaceID = try c.decode(.workspaceID, default: d.workspaceID)
        allowedChannels = try c.decodeStringList(.allowedChannels, default: d.allowedChannels)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
