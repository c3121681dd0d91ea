/// `[channels.telegram]`: a Telegram bot (long polling).
public struct TelegramConfig: ConfigSection {
    /// Variable holding the bot token.
    public var botTokenEnv: String
    /// User ids allowed to talk to the bot; empty allows everyone.
    public var allowedUsers: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Seconds between polls.
    public var pollIntervalSecs: Int
    /// Bot API base URL for a proxy or mirror; nil uses `https://api.telegram.org`.
    public var apiURL: String?
    /// Chat that receives outgoing messages sent without a recipient.
    public var defaultChatID: String?
    /// Forum topic (`message_thread_id`) to agent name; other topics go to `defaultAgent`.
    public var threadRoutes: [Int: String]
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = TelegramConfig(
        botTokenEnv: "TELEGRAM_BOT_TOKEN", allowedUsers: [], defaultAgent: nil, pollIntervalSecs: 1, apiURL: nil,
        defaultChatID: nil, threadRoutes: [:], overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case botTokenEnv = "bot_token_env"
        case allowedUsers = "allowed_users"
        case defaultAgent = "default_agent"
        case pollIntervalSecs = "poll_interval_secs"
        case apiURL = "api_url"
        case defaultChatID = "default_chat_id"
        case threadRoutes = "thread_routes"
    }
}

extension TelegramConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        botTokenEnv = try c.decode(.botTokenEnv, default: d.botTokenEnv)
        allowedUsers = try c.decodeStringList(.allowedUsers, default: d.allowedUsers)
        defaultAgent = try c.optional(.defaultAgent)
        pollIntervalSecs = try c.decode(.pollIntervalSecs, default: d.pollIntervalSecs)
        apiURL = try c.optional(.apiURL)
        defaultChatID = try c.optional(.defaultChatID)
        threadRoutes = try c.decode(.threadRoutes, default: d.threadRoutes)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
