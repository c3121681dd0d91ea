/// `[channels.webex]`: a Webex bot.
public struct WebexConfig: ConfigSection {
    /// Variable holding the bot token.
    public var botTokenEnv: String
    /// Room ids to listen in; empty allows all.
    public var allowedRooms: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = WebexConfig(
        botTokenEnv: "WEBEX_BOT_TOKEN", allowedRooms: [], defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case botTokenEnv = "bot_token_env"
        case allowedRooms = "allowed_rooms"
        case defaultAgent = "default_agent"
    }
}

extension WebexConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        botTokenEnv = try c.decode(.botTokenEnv, default: d.botTokenEnv)
        allowedRooms = try c.decodeStringList(.allowedRooms, default: d.allowedRooms)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
