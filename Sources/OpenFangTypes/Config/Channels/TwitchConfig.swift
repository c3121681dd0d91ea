/// `[channels.twitch]`: a Twitch chat bot.
public struct TwitchConfig: ConfigSection {
    /// Variable holding the OAuth token.
    public var oauthTokenEnv: String
    /// Channels to join, without `#`.
    public var channels: [String]
    /// The bot's nickname.
    public var nick: String
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = TwitchConfig(
        oauthTokenEnv: "TWITCH_OAUTH_TOKEN", channels: [], nick: "openfang", defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case channels, nick, overrides
        case oauthTokenEnv = "oauth_token_env"
        case defaultAgent = "default_agent"
    }
}

extension TwitchConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        oauthTokenEnv = try c.decode(.oauthTokenEnv, default: d.oauthTokenEnv)
        channels = try c.decodeStringList(.channels, default: d.channels)
        nick = try c.decode(.nick, default: d.nick)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
