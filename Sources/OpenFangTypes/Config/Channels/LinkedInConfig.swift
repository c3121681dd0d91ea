/// `[channels.linkedin]`: LinkedIn messaging for an organization.
public struct LinkedInConfig: ConfigSection {
    /// Variable holding the OAuth2 access token.
    public var accessTokenEnv: String
    /// Organization id.
    public var organizationID: String
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = LinkedInConfig(
        accessTokenEnv: "LINKEDIN_ACCESS_TOKEN", organizationID: "", defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case accessTokenEnv = "access_token_env"
        case organizationID = "organization_id"
        case defaultAgent = "default_agent"
    }
}

extension LinkedInConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        accessTokenEnv = try c.decode(.accessTokenEnv, default: d.accessTokenEnv)
        organizationID = try c.decode(.organizationID, default: d.organizationID)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
