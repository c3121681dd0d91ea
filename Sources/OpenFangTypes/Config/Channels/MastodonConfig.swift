/// `[channels.mastodon]`: a Mastodon account (streaming API).
public struct MastodonConfig: ConfigSection {
    /// Instance URL (`https://mastodon.social`).
    public var instanceURL: String
    /// Variable holding the access token.
    public var accessTokenEnv: String
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = MastodonConfig(
        instanceURL: "", accessTokenEnv: "MASTODON_ACCESS_TOKEN", defaultAgent: nil, overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case overrides
        case instanceURL = "instance_url"
        case accessTokenEnv = "access_token_env"
        case defaultAgent = "default_agent"
    }
}

extension MastodonConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        instanceURL = try c.decode(.instanceURL, default: d.instanceURL)
        accessTokenEnv = try c.decode(.accessTokenEnv, default: d.accessTokenEnv)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
