/// `[channels.feishu]`: a Feishu (or Lark) Open Platform app.
public struct FeishuConfig: ConfigSection {
    /// App id.
    public var appID: String
    /// Variable holding the app secret.
    public var appSecretEnv: String
    /// How events arrive.
    public var mode: FeishuMode
    /// Port for incoming webhooks.
    public var webhookPort: Int
    /// `cn` for Feishu (open.feishu.cn), `intl` for Lark (open.larksuite.com).
    public var region: String
    /// URL path of the webhook.
    public var webhookPath: String
    /// Token that webhook events must carry.
    public var verificationToken: String?
    /// Variable holding the event encryption key.
    public var encryptKeyEnv: String?
    /// Names that count as a mention of the bot in group chats.
    public var botNames: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = FeishuConfig(
        appID: "", appSecretEnv: "FEISHU_APP_SECRET", mode: .websocket, webhookPort: 8453, region: "cn",
        webhookPath: "/feishu/webhook", verificationToken: nil, encryptKeyEnv: nil, botNames: [], defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case mode, region, overrides
        case appID = "app_id"
        case appSecretEnv = "app_secret_env"
        case webhookPort = "webhook_port"
        case webhookPath = "webhook_path"
        case verificationToken = "verification_token"
        case encryptKeyEnv = "encrypt_key_env"
        case botNames = "bot_names"
        case defaultAgent = "default_agent"
    }
}

extension FeishuConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        appID = try c.decode(.appID, default: d.appID)
        appSecretEnv = try c.decode(.appSecretEnv, default: d.appSecretEnv)
        mode = try c.decode(.mode, default: d.mode)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        region = try c.decode(.region, default: d.region)
        webhookPath = try c.decode(.webhookPath, default: d.webhookPath)
        verificationToken = try c.optional(.verificationToken)
        encryptKeyEnv = try c.optional(.encryptKeyEnv)
        botNames = try c.decode(.botNames, default: d.botNames)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
