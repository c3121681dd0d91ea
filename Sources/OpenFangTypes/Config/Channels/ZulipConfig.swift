/// `[channels.zulip]`: a Zulip bot.
public struct ZulipConfig: ConfigSection {
    /// Server URL.
    public var serverURL: String
    /// The bot's email address.
    public var botEmail: String
    /// Variable holding the API key.
    public var apiKeyEnv: String
    /// Streams to listen in.
    public var streams: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = ZulipConfig(
        serverURL: "", botEmail: "", apiKeyEnv: "ZULIP_API_KEY", streams: [], defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case streams, overrides
        case serverURL = "server_url"
        case botEmail = "bot_email"
        case apiKeyEnv = "api_key_env"
        case defaultAgent = "default_agent"
    }
}

extension ZulipConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        serverURL = try c.decode(.serverURL, default: d.serverURL)
        botEmail = try c.decode(.botEmail, default: d.botEmail)
        apiKeyEnv = try c.decode(.apiKeyEnv, default: d.apiKeyEnv)
        streams = try c.decodeStringList(.streams, default: d.streams)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
