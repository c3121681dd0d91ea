/// `[channels.reddit]`: a Reddit bot account.
public struct RedditConfig: ConfigSection {
    /// Reddit app client id.
    public var clientID: String
    /// Variable holding the client secret.
    public var clientSecretEnv: String
    /// The bot's username.
    public var username: String
    /// Variable holding the bot's password.
    public var passwordEnv: String
    /// Subreddits to watch.
    public var subreddits: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = RedditConfig(
        clientID: "", clientSecretEnv: "REDDIT_CLIENT_SECRET", username: "", passwordEnv: "REDDIT_PASSWORD",
        subreddits: [], defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case username, subreddits, overrides
        case clientID = "client_id"
        case clientSecretEnv = "client_secret_env"
        case passwordEnv = "password_env"
        case defaultAgent = "default_agent"
    }
}

extension RedditConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        clientID = try c.decode(.clientID, default: d.clientID)
        clientSecretEnv = try c.decode(.clientSecretEnv, default: d.clientSecretEnv)
        username = try c.decode(.username, default: d.username)
        passwordEnv = try c.decode(.passwordEnv, default: d.passwordEnv)
        subreddits = try c.decodeStringList(.subreddits, default: d.subreddits)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
