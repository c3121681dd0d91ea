/// `[channels.guilded]`: a Guilded bot.
public struct GuildedConfig: ConfigSection {
    /// Variable holding the bot token.
    public var botTokenEnv: String
    /// Server ids to listen in; empty allows all.
    public var serverIDs: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = GuildedConfig(
        botTokenEnv: "GUILDED_BOT_TOKEN", serverIDs: [], defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case botTokenEnv = "bot_token_env"
        case serverIDs = "server_ids"
        case defaultAgent = "default_agent"
    }
}

extension GuildedConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        botTokenEnv = try c.decode(.botTokenEnv, default: d.botTokenEnv)
        serverIDs = try c.decodeStringList(.serverIDs, default: d.serverIDs)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
