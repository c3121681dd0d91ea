/// `[channels.google_chat]`: a Google Chat app.
public struct GoogleChatConfig: ConfigSection {
    /// Variable holding the service-account JSON key.
    public var serviceAccountEnv: String
    /// Space ids to listen in.
    public var spaceIDs: [String]
    /// Port for incoming events.
    public var webhookPort: Int
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = GoogleChatConfig(
        serviceAccountEnv: "GOOGLE_CHAT_SERVICE_ACCOUNT", spaceIDs: [], webhookPort: 8444, defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case serviceAccountEnv = "service_account_env"
        case spaceIDs = "space_ids"
        case webhookPort = "webhook_port"
        case defaultAgent = "default_agent"
    }
}

extension GoogleChatConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        serviceAccountEnv = try c.decode(.serviceAccountEnv, default: d.serviceAccountEnv)
        spaceIDs = try c.decodeStringList(.spaceIDs, default: d.spaceIDs)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
