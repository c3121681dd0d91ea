/// Which incoming messages a binding applies to; more specific rules win.
public struct BindingMatchRule: ConfigSection {
    /// Channel type (`telegram`).
    public var channel: String?
    /// Bot account id.
    public var accountID: String?
    /// Sender id.
    public var peerID: String?
    /// Server/guild id.
    public var guildID: String?
    /// Chat/channel id.
    public var channelID: String?
    /// Sender roles.
    public var roles: [String]

    /// OpenFang's defaults.
    public static let defaults = BindingMatchRule(
        channel: nil, accountID: nil, peerID: nil, guildID: nil, channelID: nil, roles: [])

    enum CodingKeys: String, CodingKey {
        case channel, roles
        case accountID = "account_id"
        case peerID = "peer_id"
        case guildID = "guild_id"
        case channelID = "channel_id"
    }
}

extension BindingMatchRule {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        channel = try c.optional(.channel)
        accountID = try c.optional(.accountID)
        peerID = try c.optional(.peerID)
        guildID = try c.optional(.guildID)
        channelID = try c.optional(.channelID)
        roles = try c.decodeStringList(.roles, default: d.roles)
    }
}
