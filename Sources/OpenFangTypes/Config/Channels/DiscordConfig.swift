/// `[channels.discord]`: a Discord bot.
public struct DiscordConfig: ConfigSection {
    /// Variable holding the bot token.
    public var botTokenEnv: String
    /// Guild (server) ids allowed; empty allows all.
    public var allowedGuilds: [String]
    /// User ids allowed; empty allows everyone.
    public var allowedUsers: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Gateway intents bitmask (guild messages, direct messages, message content).
    public var intents: Int
    /// Skip messages written by other bots.
    public var ignoreBots: Bool
    /// Channel that receives outgoing messages sent without a recipient.
    public var defaultChannelID: String?
    /// Channels where the bot answers every message without a mention.
    public var freeResponseChannels: [String]
    /// Thread creation: `"true"` (always), `"false"` (never) or `"smart"` (when mentioned).
    public var autoThread: String
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = DiscordConfig(
        botTokenEnv: "DISCORD_BOT_TOKEN", allowedGuilds: [], allowedUsers: [], defaultAgent: nil, intents: 37376,
        ignoreBots: true, defaultChannelID: nil, freeResponseChannels: [], autoThread: "false",
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case intents, overrides
        case botTokenEnv = "bot_token_env"
        case allowedGuilds = "allowed_guilds"
        case allowedUsers = "allowed_users"
        case defaultAgent = "default_agent"
        case ignoreBots = "ignore_bots"
        case defaultChannelID = "default_channel_id"
        case freeResponseChannels = "free_response_channels"
        case autoThread = "auto_thread"
    }
}

extension DiscordConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        botTokenEnv = try c.decode(.botTokenEnv, default: d.botTokenEnv)
        allowedGuilds = try c.decodeStringList(.allowedGuilds, default: d.allowedGuilds)
        allowedUsers = try c.decodeStringList(.allowedUsers, default: d.allowedUsers)
        defaultAgent = try c.optional(.defaultAgent)
        intents = try c.decode(.intents, default: d.intents)
        ignoreBots = try c.decode(.ignoreBots, default: d.ignoreBots)
        defaultChannelID = try c.optional(.defaultChannelID)
        freeResponseChannels = try c.decodeStringList(.freeResponseChannels, default: d.freeResponseChannels)
        autoThread = try c.decode(.autoThread, default: d.autoThread)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
