/// Which web search service `web_search` uses; `auto` tries Tavily, Brave, Perplexity, SearXNG, then DuckDuckGo.
public enum SearchProvider: String, ConfigEnum {
    case brave
    case tavily
    case perplexity
    case duckDuckGo = "duck_duck_go"
    case searXNG = "searxng"
    case auto
}
