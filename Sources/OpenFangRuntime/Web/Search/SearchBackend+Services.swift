import FoundationEssentials
import OpenFangTypes

extension SearchBackend {
    /// Tavily: `POST /search` with the key in the body.
    static let tavily = SearchBackend(provider: .tavily) { query, count, key, endpoints, config in
        let body: JSONValue = .object([
            "api_key": .string(key ?? ""), "query": .string(query), "max_results": .integer(Int64(count)),
            "search_depth": .string(config.tavily.searchDepth), "include_answer": .bool(config.tavily.includeAnswer),
        ])
        return WebRequest(url: endpoints.tavily + "/search", method: "POST", headers: ["content-type": "application/json"], body: body.compactJSON)
    } parse: { body throws(WebFetchError) in
        let json = try json(body, service: "Tavily")
        let results = (json["results"]?.arrayValue ?? []).map {
            SearchResult(title: $0["title"]?.stringValue ?? "", url: $0["url"]?.stringValue ?? "", snippet: $0["content"]?.stringValue ?? "")
        }
        return (json["answer"]?.stringValue, results)
    }

    /// Brave: `GET /res/v1/web/search?q=…&count=…` with `X-Subscription-Token`.
    static let brave = SearchBackend(provider: .brave) { query, count, key, endpoints, config in
        var url = endpoints.brave + "/res/v1/web/search?q=\(encode(query))&count=\(count)"
        if !config.brave.country.isEmpty { url += "&country=\(encode(config.brave.country))" }
        if !config.brave.searchLang.isEmpty { url += "&search_lang=\(encode(config.brave.searchLang))" }
        if !config.brave.freshness.isEmpty { url += "&freshness=\(encode(config.brave.freshness))" }
        return WebRequest(url: url, headers: ["accept": "application/json", "x-subscription-token": key ?? ""])
    } parse: { body throws(WebFetchError) in
        let json = try json(body, service: "Brave Search")
        let results = (json["web"]?["results"]?.arrayValue ?? []).map {
            SearchResult(title: $0["title"]?.stringValue ?? "", url: $0["url"]?.stringValue ?? "", snippet: $0["description"]?.stringValue ?? "")
        }
        return (nil, results)
    }

    /// Perplexity: a `sonar` chat completion; the answer plus its citations.
    static let perplexity = SearchBackend(provider: .perplexity) { query, _, key, endpoints, config in
        let body: JSONValue = .object(["model": .string(config.perplexity.model), "messages": .array([.object(["role": .string("user"), "content": .string(query)])])])
        return WebRequest(
            url: endpoints.perplexity + "/chat/completions", method: "POST", headers: ["content-type": "application/json", "authorization": "Bearer \(key ?? "")"],
            body: body.compactJSON)
    } parse: { body throws(WebFetchError) in
        let json = try json(body, service: "Perplexity")
        let answer = json["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue
        let citations = (json["citations"]?.arrayValue ?? []).compactMap(\.stringValue).map { SearchResult(title: $0, url: $0, snippet: "") }
        return (answer, citations)
    }

    /// SearXNG: `GET {url}/search?q=…&format=json`.
    static let searXNG = SearchBackend(provider: .searXNG) { query, _, _, _, config in
        WebRequest(url: config.searxng.url.trimmedBaseURL(removing: []) + "/search?q=\(encode(query))&format=json", headers: ["accept": "application/json"])
    } parse: { body throws(WebFetchError) in
        let json = try json(body, service: "SearXNG")
        let results = (json["results"]?.arrayValue ?? []).map {
            SearchResult(title: $0["title"]?.stringValue ?? "", url: $0["url"]?.stringValue ?? "", snippet: $0["content"]?.stringValue ?? "")
        }
        return (nil, results)
    }

    /// DuckDuckGo's keyless HTML page.
    static let duckDuckGo = SearchBackend(provider: .duckDuckGo) { query, _, _, endpoints, _ in
        WebRequest(url: endpoints.duckDuckGo + "/html/?q=\(encode(query))", headers: ["accept": "text/html"])
    } parse: { body throws(WebFetchError) in
        (nil, DuckDuckGoResults.parse(body))
    }

    /// Every backend by provider.
    static let table: [SearchProvider: SearchBackend] = [.tavily: tavily, .brave: brave, .perplexity: perplexity, .searXNG: searXNG, .duckDuckGo: duckDuckGo]
}
