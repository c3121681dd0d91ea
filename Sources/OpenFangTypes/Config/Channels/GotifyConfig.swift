/// `[channels.gotify]`: a Gotify server.
public struct GotifyConfig: ConfigSection {
    /// Server URL.
    public var serverURL: String
    /// Variable holding the app token (sending).
    public var appTokenEnv: String
    /// Variable holding the client token (receiving).
    public var clientTokenEnv: String
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = GotifyConfig(
        serverURL: "", appTokenEnv: "GOTIFY_APP_TOKEN", clientTokenEnv: "GOTIFY_CLIENT_TOKEN", defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case serverURL = "server_url"
        case appTokenEnv = "app_token_env"
        case clientTokenEnv = "client_token_env"
        case defaultAgent = "default_agent"
    }
}

extension GotifyConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        serverURL = try c.decode(.serverURL, default: d.serverURL)
        appTokenEnv = try c.decode(.appTokenEnv, default: d.appTokenEnv)
        clientTokenEnv = try c.decode(.clientTokenEnv, default: d.clientTokenEnv)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
