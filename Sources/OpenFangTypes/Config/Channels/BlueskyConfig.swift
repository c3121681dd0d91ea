/// `[channels.bluesky]`: a Bluesky (AT Protocol) account.
public struct BlueskyConfig: ConfigSection {
    /// Handle or DID.
    public var identifier: String
    /// Variable holding the app password.
    public var appPasswordEnv: String
    /// PDS service URL.
    public var serviceURL: String
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = BlueskyConfig(
        identifier: "", appPasswordEnv: "BLUESKY_APP_PASSWORD", serviceURL: "https://bsky.social",
        defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case identifier, overrides
        case appPasswordEnv = "app_password_env"
        case serviceURL = "service_url"
        case defaultAgent = "default_agent"
    }
}

extension BlueskyConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        identifier = try c.decode(.identifier, default: d.identifier)
        appPasswordEnv = try c.decode(.appPasswordEnv, default: d.appPasswordEnv)
        serviceURL = try c.decode(.serviceURL, default: d.serviceURL)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
