/// `[channels.xmpp]`: an XMPP (Jabber) account.
public struct XMPPConfig: ConfigSection {
    /// The bot's JID (`bot@jabber.org`).
    public var jid: String
    /// Variable holding the password.
    public var passwordEnv: String
    /// Server host; empty uses the JID's domain.
    public var server: String
    /// Server port.
    public var port: Int
    /// Multi-user chat rooms to join.
    public var rooms: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = XMPPConfig(
        jid: "", passwordEnv: "XMPP_PASSWORD", server: "", port: 5222, rooms: [], defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case jid, server, port, rooms, overrides
        case passwordEnv = "password_env"
        case defaultAgent = "default_agent"
    }
}

extension XMPPConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        jid = try c.decode(.jid, default: d.jid)
        passwordEnv = try c.decode(.passwordEnv, default: d.passwordEnv)
        server = try c.decode(.server, default: d.server)
        port = try c.decode(.port, default: d.port)
        rooms = try c.decodeStringList(.rooms, default: d.rooms)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
