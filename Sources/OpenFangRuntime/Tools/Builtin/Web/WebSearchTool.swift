import FoundationEssentials
import OpenFangTypes

/// `web_search`: searches the web with the configured service (Tavily, Brave, Perplexity,
/// SearXNG; `auto` takes the first with a key, DuckDuckGo without one), through the same host
/// and SSRF checks as `web_fetch`.
public struct WebSearchTool: Tool {
    /// The query.
    public struct Input: Decodable, Sendable {
        /// What to search for.
        public var query: String
        /// Hits wanted (default 5, at most 20).
        public var maxResults: Int?

        enum CodingKeys: String, CodingKey {
            case query
            case maxResults = "max_results"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "web_search", description: "Search the web; returns titles, URLs and snippets.",
        inputSchema: .object(["query": .string("The search query"), "max_results": .integer("How many results (default 5)")], required: ["query"]))

    private let fetcher: WebFetcher
    private let config: WebConfig
    private let endpoints: SearchEndpoints
    private let environment: @Sendable (String) -> String?
    private let cache: WebCache

    /// Creates the tool; `environment` looks up API keys by variable name.
    public init(fetcher: WebFetcher, config: WebConfig, cache: WebCache, endpoints: SearchEndpoints = SearchEndpoints(), environment: @escaping @Sendable (String) -> String?) {
        self.fetcher = fetcher
        self.config = config
        self.cache = cache
        self.endpoints = endpoints
        self.environment = environment
    }

    /// The service to use and its key.
    func backend() -> (SearchBackend, String?)? {
        let keys: [SearchProvider: String] = [.tavily: config.tavily.apiKeyEnv, .brave: config.brave.apiKeyEnv, .perplexity: config.perplexity.apiKeyEnv]
        func key(_ provider: SearchProvider) -> String? { keys[provider].flatMap(environment).flatMap { $0.isEmpty ? nil : $0 } }
        if config.searchProvider != .auto {
            return SearchBackend.table[config.searchProvider].map { ($0, key(config.searchProvider)) }
        }
        for provider in [SearchProvider.tavily, .brave, .perplexity] where key(provider) != nil {
            return SearchBackend.table[provider].map { ($0, key(provider)) }
        }
        if !config.searxng.url.isEmpty { return (SearchBackend.searXNG, nil) }
        return (SearchBackend.duckDuckGo, nil)
    }

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let query = input.query.trimmed()
        guard !query.isEmpty else { return .failure("`query` is empty") }
        let count = min(max(input.maxResults ?? 5, 1), 20)
        guard let (backend, key) = backend() else { return .failure("no search service is configured") }
        if backend.provider != .duckDuckGo, backend.provider != .searXNG, key == nil {
            return .failure("web_search is set to \(backend.provider.rawValue) but its API key variable is not set")
        }
        let cacheKey = "search:\(backend.provider.rawValue):\(count):\(query)"
        let request = backend.request(query, count, key, endpoints, config)
        if let cached = await cache.value(for: cacheKey) {
            // The cache is shared by every agent: the caller's own rules still decide.
            if let host = URLComponents(string: request.url)?.host, let denial = context.permissions.checkHost(host) {
                return .failure("\(backend.provider.rawValue) search failed: \(denial.description)")
            }
            return .success(cached)
        }
        do {
            let response = try await fetcher.fetch(request, permissions: context.permissions)
            guard (200..<300).contains(response.status) else {
                return .failure("\(backend.provider.rawValue) search failed: HTTP \(response.status): \(response.body.prefix(300))")
            }
            let parsed = try backend.parse(response.body)
            let output = Self.format(query: query, answer: parsed.answer, results: Array(parsed.results.prefix(count)), provider: backend.provider)
            await cache.store(output, for: cacheKey)
            return .success(output)
        } catch {
            return .failure("\(backend.provider.rawValue) search failed: \(error.description)")
        }
    }

    static func format(query: String, answer: String?, results: [SearchResult], provider: SearchProvider) -> String {
        var lines = ["Search results for \"\(query)\" (\(provider.rawValue)):"]
        if let answer, !answer.isEmpty { lines.append("Answer: \(answer)") }
        if results.isEmpty { lines.append("No results.") }
        for (index, result) in results.enumerated() {
            lines.append("\(index + 1). \(result.title)\n   \(result.url)" + (result.snippet.isEmpty ? "" : "\n   \(result.snippet)"))
        }
        return lines.joined(separator: "\n")
    }
}
