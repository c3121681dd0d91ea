/// `[channels.viber]`: a Viber bot.
public struct ViberConfig: ConfigSection {
    /// Variable holding the auth token.
    public var authTokenEnv: String
    /// Public URL Viber delivers messages to.
    public var webhookURL: String
    /// Port for incoming webhooks.
    public var webhookPort: Int
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = ViberConfig(
        authTokenEnv: "VIBER_AUTH_TOKEN", webhookURL: "", webhookPort: 8451, defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case authTokenEnv = "auth_token_env"
        case webhookURL = "webhook_url"
        case webhookPort = "webhook_port"
        case defaultAgent = "default_agent"
    }
}

extension ViberConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        authTokenEnv = try c.decode(.authTokenEnv, default: d.authTokenEnv)
        webhookURL = try c.decode(.webhookURL, default: d.webhookURL)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
