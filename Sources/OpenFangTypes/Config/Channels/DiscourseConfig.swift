/// `[channels.discourse]`: a Discourse forum account.
public struct DiscourseConfig: ConfigSection {
    /// Forum base URL.
    public var baseURL: String
    /// Variable holding the API key.
    public var apiKeyEnv: String
    /// User the API acts as.
    public var apiUsername: String
    /// Category slugs to watch.
    public var categories: [String]
    /// Agent that answers messages from this channel.
    public var defaultAgent: String?
    /// Behaviour overrides.
    public var overrides: ChannelOverrides

    /// OpenFang's defaults.
    public static let defaults = DiscourseConfig(
        baseURL: "", apiKeyEnv: "DISCOURSE_API_KEY", apiUsername: "system", categories: [], defaultAgent: nil,
        overrides: .defaults)

    enum CodingKeys: String, CodingKey {
        case categories, overrides
        case baseURL = "base_url"
        case apiKeyEnv = "api_key_env"
        case apiUsername = "api_username"
        case defaultAgent = "default_agent"
    }
}

extension DiscourseConfig {
    /// Decodes the table; missing keys take OpenFang's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        baseURL = try c.decode(.baseURL, default: d.baseURL)
        apiKeyEnv = try c.decode(.apiKeyEnv, default: d.apiKeyEnv)
        apiUsername = try c.decode(.apiUsername, default: d.apiUsername)
        categories = try c.decodeStringList(.categories, default: d.categories)
        defaultAgent = try c.optional(.defaultAgent)
        overrides = try c.decode(.overrides, default: d.overrides)
    }
}
