/// `[web.brave]`: Brave Search API.
public struct BraveSearchConfig: ConfigSection {
    /// Variable holding the key.
    public var apiKeyEnv: String
    /// Results per query.
    public var maxResults: Int
    /// Country code filter (empty = any).
    public var country: String
    /// Language filter (empty = any).
    public var searchLang: String
    /// Freshness filter (`pd`, `pw`, … ; empty = any).
    public var freshness: String

    /// OpenFang's defaults.
    public static let defaults = BraveSearchConfig(
        apiKeyEnv: "BRAVE_API_KEY", maxResults: 5, country: "", searchLang: "", freshness: "")

    enum CodingKeys: String, CodingKey {
        case country, freshness
        case apiKeyEnv = "api_key_env"
        case maxResults = "max_results"
        case searchLang = "search_lang"
    }
}

extension BraveSearchConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        apiKeyEnv = try c.decode(.apiKeyEnv, default: d.apiKeyEnv)
        maxResults = try c.decode(.maxResults, default: d.maxResults)
        country = try c.decode(.country, default: d.country)
        searchLang = try c.decode(.searchLang, default: d.searchLang)
        freshness = try c.decode(.freshness, default: d.freshness)
    }
}
