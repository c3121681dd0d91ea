/// `[channels.webhook]`: a generic HTTP webhook pair.
public struct WebhookConfig: ConfigSection {
    /// Variable holding the HMAC signing secret.
    public var secretEnv: String
    /// Port for incoming webhooks.
    public var listenPort: Int
    /// URL that outgoing messages are POSTed to.
    public var callbackURL: String?
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = WebhookConfig(
        secretEnv: "WEBHOOK_SECRET", listenPort: 8460, callbackURL: nil, defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case secretEnv = "secret_env"
        case listenPort = "listen_port"
        case callbackURL = "callback_url"
        case defaultAgent = "default_agent"
    }
}

extension WebhookConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        secretEnv = try c.decode(.secretEnv, default: d.secretEnv)
        listenPort = try c.decode(.listenPort, default: d.listenPort)
        callbackURL = try c.optional(.callbackURL)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
