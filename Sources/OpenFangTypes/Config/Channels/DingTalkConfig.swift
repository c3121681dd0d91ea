/// `[channels.dingtalk]`: a DingTalk robot in webhook mode.
public struct DingTalkConfig: ConfigSection {
    /// Variable holding the webhook access token.
    public var accessTokenEnv: String
    /// Variable holding the signing secret.
    public var secretEnv: String
    /// Port for incoming webhooks.
    public var webhookPort: Int
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = DingTalkConfig(
        accessTokenEnv: "DINGTALK_ACCESS_TOKEN", secretEnv: "DINGTALK_SECRET", webhookPort: 8457, defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case accessTokenEnv = "access_token_env"
        case secretEnv = "secret_env"
        case webhookPort = "webhook_port"
        case defaultAgent = "default_agent"
    }
}

extension DingTalkConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        accessTokenEnv = try c.decode(.accessTokenEnv, default: d.accessTokenEnv)
        secretEnv = try c.decode(.secretEnv, default: d.secretEnv)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
