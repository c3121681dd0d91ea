/// `[channels.slack]`: a Slack app in Socket Mode.
public struct SlackConfig: ConfigSection {
    /// Variable holding the app-level token (`xapp-`).
    public var appTokenEnv: String
    /// Variable holding the bot token (`xoxb-`).
    public var botTokenEnv: String
    /// Channel ids allowed; empty allows all.
    public var allowedChannels: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides
    /// Answer follow-ups in threads where the bot was mentioned.
    public var autoThreadReply: Bool
    /// Hours a thread stays followed after the last exchange.
    public var threadTTLHours: Int
    /// Let Slack expand link previews in replies.
    public var unfurlLinks: Bool

    /// OpenFang's defaults.
    public static let defaults = SlackConfig(
        appTokenEnv: "SLACK_APP_TOKEN", botTokenEnv: "SLACK_BOT_TOKEN", allowedChannels: [], defaultAgent: nil,
        overrides: .defaults, autoThreadReply: true, threadTTLHours: 24, unfurlLinks: true)

    enum CodingKeys: String, CodingKey {
        case overrides
        case appTokenEnv = "app_token_env"
        case botTokenEnv = "bot_token_env"
        case allowedChannels = "allowed_channels"
        case defaultAgent = "default_agent"
        case autoThreadReply = "auto_thread_reply"
        case threadTTLHours = "thread_ttl_hours"
        case unfurlLinks = "unfurl_links"
    }
}

extension SlackConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        appTokenEnv = try c.decode(.appTokenEnv, default: d.appTokenEnv)
        botTokenEnv = try c.decode(.botTokenEnv, default: d.botTokenEnv)
        allowedChannels = try c.decodeStringList(.allowedChannels, default: d.allowedChannels)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
        autoThreadReply = try c.decode(.autoThreadReply, default: d.autoThreadReply)
        threadTTLHours = try c.decode(.threadTTLHours, default: d.threadTTLHours)
        unfurlLinks = try c.decode(.unfurlLinks, default: d.unfurlLinks)
    }
}
