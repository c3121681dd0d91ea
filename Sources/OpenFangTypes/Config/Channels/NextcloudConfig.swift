/// `[channels.nextcloud]`: a Nextcloud Talk bot.
public struct NextcloudConfig: ConfigSection {
    /// Server URL.
    public var serverURL: String
    /// Variable holding the auth token.
    public var tokenEnv: String
    /// Room tokens allowed; empty allows all.
    public var allowedRooms: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = NextcloudConfig(
        serverURL: "", tokenEnv: "NEXTCLOUD_TOKEN", allowedRooms: [], defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case serverURL = "server_url"
        case tokenEnv = "token_env"
        case allowedRooms = "allowed_rooms"
        case defaultAgent = "default_agent"
    }
}

extension NextcloudConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        serverURL = try c.decode(.serverURL, default: d.serverURL)
        tokenEnv = try c.decode(.tokenEnv, default: d.tokenEnv)
        allowedRooms = try c.decodeStringList(.allowedRooms, default: d.allowedRooms)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
