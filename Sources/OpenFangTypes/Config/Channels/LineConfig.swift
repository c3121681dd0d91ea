/// `[channels.line]`: a LINE Messaging API bot.
public struct LineConfig: ConfigSection {
    /// Variable holding the channel secret.
    public var channelSecretEnv: String
    /// Variable holding the channel access token.
    public var accessTokenEnv: String
    /// Port for incoming webhooks.
    public var webhookPort: Int
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = LineConfig(
        channelSecretEnv: "LINE_CHANNEL_SECRET", accessTokenEnv: "LINE_CHANNEL_ACCESS_TOKEN", webhookPort: 8450,
        defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case channelSecretEnv = "channel_secret_env"
        case accessTokenEnv = "access_token_env"
        case webhookPort = "webhook_port"
        case defaultAgent = "default_agent"
    }
}

extension LineConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        channelSecretEnv = try c.decode(.channelSecretEnv, default: d.channelSecretEnv)
        accessTokenEnv = try c.decode(.accessTokenEnv, default: d.accessTokenEnv)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
