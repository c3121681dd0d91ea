/// `[channels.threema]`: a Threema Gateway id.
public struct ThreemaConfig: ConfigSection {
    /// Gateway id.
    public var threemaID: String
    /// Variable holding the API secret.
    public var secretEnv: String
    /// Port for incoming webhooks.
    public var webhookPort: Int
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = ThreemaConfig(
        threemaID: "", secretEnv: "THREEMA_SECRET", webhookPort: 8454, defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case threemaID = "threema_id"
        case secretEnv = "secret_env"
        case webhookPort = "webhook_port"
        case defaultAgent = "default_agent"
    }
}

extension ThreemaConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        threemaID = try c.decode(.threemaID, default: d.threemaID)
        secretEnv = try c.decode(.secretEnv, default: d.secretEnv)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
