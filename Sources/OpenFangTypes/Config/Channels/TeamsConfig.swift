/// `[channels.teams]`: a Microsoft Teams bot (Bot Framework v3).
public struct TeamsConfig: ConfigSection {
    /// Azure bot app id.
    public var appID: String
    /// Variable holding the app password.
    public var appPasswordEnv: String
    /// Port for incoming activities.
    public var webhookPort: Int
    /// Tenant ids allowed; empty allows all.
    public var allowedTenants: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = TeamsConfig(
        appID: "", appPasswordEnv: "TEAMS_APP_PASSWORD", webhookPort: 3978, allowedTenants: [], defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case appID = "app_id"
        case appPasswordEnv = "app_password_env"
        case webhookPort = "webhook_port"
        case allowedTenants = "allowed_tenants"
        case defaultAgent = "default_agent"
    }
}

extension TeamsConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        appID = try c.decode(.appID, default: d.appID)
        appPasswordEnv = try c.decode(.appPasswordEnv, default: d.appPasswordEnv)
        webhookPort = try c.decode(.webhookPort, default: d.webhookPort)
        allowedTenants = try c.decodeStringList(.allowedTenants, default: d.allowedTenants)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
