/// `[web]`: web search and fetch.
public struct WebConfig: ConfigSection {
    /// Which search service to use.
    public var searchProvider: SearchProvider
    /// How long results are cached.
    public var cacheTTLMinutes: Int
    /// Brave settings.
    public var brave: BraveSearchConfig
    /// Tavily settings.
    public var tavily: TavilySearchConfig
    /// Perplexity settings.
    public var perplexity: PerplexitySearchConfig
    /// SearXNG settings.
    public var searxng: SearXNGSearchConfig
    /// Fetch limits.
    public var fetch: WebFetchConfig

    /// OpenFang's defaults.
    public static let defaults = WebConfig(
        searchProvider: .auto, cacheTTLMinutes: 15, brave: .defaults, tavily: .defaults, perplexity: .defaults,
        searxng: .defaults, fetch: .defaults)

    enum CodingKeys: String, CodingKey {
        case brave, tavily, perplexity, searxng, fetch
        case searchProvider = "search_provider"
        case cacheTTLMinutes = "cache_ttl_minutes"
    }
}

extension WebConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        searchProvider = try c.decode(.searchProvider, default: d.searchProvider)
        cacheTTLMinutes = try c.decode(.cacheTTLMinutes, default: d.cacheTTLMinutes)
        brave = try c.decode(.brave, default: d.brave)
        tavily = try c.decode(.tavily, default: d.tavily)
        perplexity = try c.decode(.perplexity, default: d.perplexity)
        searxng = try c.decode(.searxng, default: d.searxng)
        fetch = try c.decode(.fetch, default: d.fetch)
    }
}
