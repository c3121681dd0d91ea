/// `[channels.flock]`: a Flock bot.
public struct FlockConfig: ConfigSection {
    /// Variable holding the bot token.
    public var botTokenEnv: String
    /// Port for incoming webhooks.
    public var webhookPort: Int
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = FlockConfig(
        botTokenEnv: "FLOCK_BOT_TOKEN", webhookPort: 8456, defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case botTokenEnv = "bot_token_env"
        case webhookPort = "webhook_port"
        case defaultAgent = "default_agent"
    }
}

extension FlockConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        botTokenEnv = try c.decode(.botTokenEnv, default: d.botTokenEnv)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
