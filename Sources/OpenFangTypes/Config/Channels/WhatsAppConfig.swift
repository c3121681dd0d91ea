/// `[channels.whatsapp]`: WhatsApp through the Cloud API or a WhatsApp Web gateway.
public struct WhatsAppConfig: ConfigSection {
    /// Variable holding the Cloud API access token.
    public var accessTokenEnv: String
    /// Variable holding the webhook verify token.
    public var verifyTokenEnv: String
    /// Business phone number id (Cloud API).
    public var phoneNumberID: String
    /// Port for Cloud API webhook callbacks.
    public var webhookPort: Int
    /// Variable holding the WhatsApp Web gateway URL; when set, replies go through it.
    public var gatewayURLEnv: String
    /// Phone numbers allowed; empty allows everyone.
    public var allowedUsers: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = WhatsAppConfig(
        accessTokenEnv: "WHATSAPP_ACCESS_TOKEN", verifyTokenEnv: "WHATSAPP_VERIFY_TOKEN", phoneNumberID: "",
        webhookPort: 8443, gatewayURLEnv: "WHATSAPP_WEB_GATEWAY_URL", allowedUsers: [], defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case accessTokenEnv = "access_token_env"
        case verifyTokenEnv = "verify_token_env"
        case phoneNumberID = "phone_number_id"
        case webhookPort = "webhook_port"
        case gatewayURLEnv = "gateway_url_env"
        case allowedUsers = "allowed_users"
        case defaultAgent = "default_agent"
    }
}

extension WhatsAppConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        accessTokenEnv = try c.decode(.accessTokenEnv, default: d.accessTokenEnv)
        verifyTokenEnv = try c.decode(.verifyTokenEnv, default: d.verifyTokenEnv)
        phoneNumberID = try c.decode(.phoneNumberID, default: d.phoneNumberID)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        gatewayURLEnv = try c.decode(.gatewayURLEnv, default: d.gatewayURLEnv)
        allowedUsers = try c.decodeStringList(.allowedUsers, default: d.allowedUsers)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
