/// `[channels.keybase]`: a Keybase chat bot.
public struct KeybaseConfig: ConfigSection {
    /// The bot's username.
    public var username: String
    /// Variable holding the paper key.
    public var paperkeyEnv: String
    /// Teams to listen in; empty means direct messages only.
    public var allowedTeams: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = KeybaseConfig(
        username: "", paperkeyEnv: "KEYBASE_PAPERKEY", allowedTeams: [], defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case username, overrides
        case paperkeyEnv = "paperkey_env"
        case allowedTeams = "allowed_teams"
        case defaultAgent = "default_agent"
    }
}

extension KeybaseConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        username = try c.decode(.username, default: d.username)
        paperkeyEnv = try c.decode(.paperkeyEnv, default: d.paperkeyEnv)
        allowedTeams = try c.decodeStringList(.allowedTeams, default: d.allowedTeams)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
