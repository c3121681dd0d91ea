/// `[channels.mattermost]`: a Mattermost bot.
public struct MattermostConfig: ConfigSection {
    /// Server URL.
    public var serverURL: String
    /// Variable holding the bot token.
    public var tokenEnv: String
    /// Channel ids allowed; empty allows all.
    public var allowedChannels: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = MattermostConfig(
        serverURL: "", tokenEnv: "MATTERMOST_TOKEN", allowedChannels: [], defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case serverURL = "server_url"
        case tokenEnv = "token_env"
        case allowedChannels = "allowed_channels"
        case defaultAgent = "default_agent"
    }
}

extension MattermostConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        serverURL = try c.decode(.serverURL, default: d.serverURL)
        tokenEnv = try c.decode(.tokenEnv, default: d.tokenEnv)
        allowedChannels = try c.decodeStringList(.allowedChannels, default: d.allowedChannels)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
