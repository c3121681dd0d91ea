/// `[channels.wecom]`: a WeCom (WeChat Work) application.
public struct WeComConfig: ConfigSection {
    /// Corp id.
    public var corpID: String
    /// Application agent id.
    public var agentID: String
    /// Variable holding the application secret.
    public var secretEnv: String
    /// Port for incoming callbacks.
    public var webhookPort: Int
    /// Callback verification token.
    public var token: String?
    /// AES key for encrypted callbacks.
    public var encodingAESKey: String?
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = WeComConfig(
        corpID: "", agentID: "", secretEnv: "WECOM_SECRET", webhookPort: 8454, token: nil, encodingAESKey: nil,
        defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case token, overrides
        case corpID = "corp_id"
        case agentID = "agent_id"
        case secretEnv = "secret_env"
        case webhookPort = "webhook_port"
        case encodingAESKey = "encoding_aes_key"
        case defaultAgent = "default_agent"
    }
}

extension WeComConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        corpID = try c.decode(.corpID, default: d.corpID)
        agentID = try c.decode(.agentID, default: d.agentID)
        secretEnv = try c.decode(.secretEnv, default: d.secretEnv)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        token = try c.optional(.token)
        encodingAESKey = try c.optional(.encodingAESKey)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
