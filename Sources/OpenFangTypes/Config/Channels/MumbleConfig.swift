/// `[channels.mumble]`: Mumble text chat.
public struct MumbleConfig: ConfigSection {
    /// Server host name.
    public var host: String
    /// Server port.
    public var port: Int
    /// The bot's username.
    public var username: String
    /// Variable holding the server password.
    public var passwordEnv: String
    /// Channel to join.
    public var channel: String
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = MumbleConfig(
        host: "", port: 64738, username: "openfang", passwordEnv: "MUMBLE_PASSWORD", channel: "", defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case host, port, username, channel, overrides
        case passwordEnv = "password_env"
        case defaultAgent = "default_agent"
    }
}

extension MumbleConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        host = try c.decode(.host, default: d.host)
        port = try c.decode(.port, default: d.port)
        username = try c.decode(.username, default: d.username)
        passwordEnv = try c.decode(.passwordEnv, default: d.passwordEnv)
        channel = try c.decode(.channel, default: d.channel)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
