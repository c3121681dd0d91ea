/// Where each search service lives (tests point them at 127.0.0.1).
public struct SearchEndpoints: Sendable, Hashable {
    /// Tavily's API.
    public var tavily = "https://api.tavily.com"
    /// Brave Search's API.
    public var brave = "https://api.search.brave.com"
    /// Perplexity's API.
    public var perplexity = "https://api.perplexity.ai"
    /// DuckDuckGo's HTML front end.
    public var duckDuckGo = "https://html.duckduckgo.com"

    /// The public services.
    public init() {}
}
