/// `[channels.revolt]`: a Revolt bot.
public struct RevoltConfig: ConfigSection {
    /// Variable holding the bot token.
    public var botTokenEnv: String
    /// API URL; change it for a self-hosted instance.
    public var apiURL: String
    /// WebSocket URL; change it for a self-hosted instance.
    public var wsURL: String
    /// Channel ids allowed; empty means every channel the bot is in.
    public var allowedChannels: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = RevoltConfig(
        botTokenEnv: "REVOLT_BOT_TOKEN", apiURL: "https://api.revolt.chat", wsURL: "wss://ws.revolt.chat",
        allowedChannels: [], defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case botTokenEnv = "bot_token_env"
        case apiURL = "api_url"
        case wsURL = "ws_url"
        case allowedChannels = "allowed_channels"
        case defaultAgent = "default_agent"
    }
}

extension RevoltConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        botTokenEnv = try c.decode(.botTokenEnv, default: d.botTokenEnv)
        apiURL = try c.decode(.apiURL, default: d.apiURL)
        wsURL = try c.decode(.wsURL, default: d.wsURL)
        allowedChannels = try c.decode(.allowedChannels, default: d.allowedChannels)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
