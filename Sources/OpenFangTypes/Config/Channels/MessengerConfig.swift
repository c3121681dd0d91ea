/// `[channels.messenger]`: a Facebook Messenger page bot.
public struct MessengerConfig: ConfigSection {
    /// Variable holding the page access token.
    public var pageTokenEnv: String
    /// Variable holding the webhook verify token.
    public var verifyTokenEnv: String
    /// Port for incoming webhooks.
    public var webhookPort: Int
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = MessengerConfig(
        pageTokenEnv: "MESSENGER_PAGE_TOKEN", verifyTokenEnv: "MESSENGER_VERIFY_TOKEN", webhookPort: 8452,
        defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case pageTokenEnv = "page_token_env"
        case verifyTokenEnv = "verify_token_env"
        case webhookPort = "webhook_port"
        case defaultAgent = "default_agent"
    }
}

extension MessengerConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        pageTokenEnv = try c.decode(.pageTokenEnv, default: d.pageTokenEnv)
        verifyTokenEnv = try c.decode(.verifyTokenEnv, default: d.verifyTokenEnv)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
