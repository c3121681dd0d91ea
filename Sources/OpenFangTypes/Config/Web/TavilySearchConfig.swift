/// `[web.tavily]`: Tavily search API.
public struct TavilySearchConfig: ConfigSection {
    /// Variable holding the key.
    public var apiKeyEnv: String
    /// `basic` or `advanced`.
    public var searchDepth: String
    /// Results per query.
    public var maxResults: Int
    /// Ask Tavily for a synthesised answer.
    public var includeAnswer: Bool

    /// OpenFang's defaults.
    public static let defaults = TavilySearchConfig(
        apiKeyEnv: "TAVILY_API_KEY", searchDepth: "basic", maxResults: 5, includeAnswer: true)

    enum CodingKeys: String, CodingKey {
        case apiKeyEnv = "api_key_env"
        case searchDepth = "search_depth"
        case maxResults = "max_results"
        case includeAnswer = "include_answer"
    }
}

extension TavilySearchConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        apiKeyEnv = try c.decode(.apiKeyEnv, default: d.apiKeyEnv)
        searchDepth = try c.decode(.searchDepth, default: d.searchDepth)
        maxResults = try c.decode(.maxResults, default: d.maxResults)
        includeAnswer = try c.decode(.includeAnswer, default: d.includeAnswer)
    }
}
