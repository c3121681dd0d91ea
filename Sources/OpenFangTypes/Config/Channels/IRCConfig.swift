/// `[channels.irc]`: an IRC bot.
public struct IRCConfig: ConfigSection {
    /// Server host name.
    public var server: String
    /// Server port.
    public var port: Int
    /// The bot's nickname.
    public var nick: String
    /// Variable holding the server password, if any.
    public var passwordEnv: String?
    /// Channels to join (`#openfang`).
    public var channels: [String]
    /// Connect with TLS.
    public var useTLS: Bool
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = IRCConfig(
        server: "irc.libera.chat", port: 6667, nick: "openfang", passwordEnv: nil, channels: [], useTLS: false,
        defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case server, port, nick, channels, overrides
        case passwordEnv = "password_env"
        case useTLS = "use_tls"
        case defaultAgent = "default_agent"
    }
}

extension IRCConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        server = try c.decode(.server, default: d.server)
        port = try c.decode(.port, default: d.port)
        nick = try c.decode(.nick, default: d.nick)
        passwordEnv = try c.optional(.passwordEnv)
        channels = try c.decodeStringList(.channels, default: d.channels)
        useTLS = try c.decode(.useTLS, default: d.useTLS)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
