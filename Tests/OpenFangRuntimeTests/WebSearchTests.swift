import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct WebSearchTests {
    func run(_ provider: SearchProvider, keys: [String: String] = [:], network: [String] = ["*"], configure: (inout WebConfig, String) -> Void = { _, _ in },
        _ body: (ScriptedLLMServer, ToolRegistry, ToolContext) async throws -> Void) async throws {
        let server = try await ScriptedLLMServer.start()
        var config = WebConfig.defaults
        config.searchProvider = provider
        configure(&config, server.baseURL)
        var endpoints = SearchEndpoints()
        endpoints.tavily = server.baseURL
        endpoints.brave = server.baseURL
        endpoints.perplexity = server.baseURL
        endpoints.duckDuckGo = server.baseURL
        let fetcher = WebFetcher(guardrail: SSRFGuard(allowedHosts: ["127.0.0.1"], resolve: SystemResolver.resolve), maxResponseBytes: 1_000_000, timeout: .seconds(5))
        var registry = ToolRegistry()
        registry.register(WebSearchTool(fetcher: fetcher, config: config, cache: WebCache(ttl: .seconds(60)), endpoints: endpoints, environment: { keys[$0] }))
        let context = ToolContext(agentID: .random(), callID: "c", permissions: .granting(network: network))
        do {
            try await body(server, registry, context)
        } catch {
            await server.shutdown()
            throw error
        }
        await server.shutdown()
    }

    func search(_ registry: ToolRegistry, _ context: ToolContext, _ query: String, max: Int = 3) async -> ToolOutput {
        await registry.call("web_search", arguments: .object(["query": .string(query), "max_results": .integer(Int64(max))]), context: context)
    }

    @Test func tavilyPostsTheKeyInTheBody() async throws {
        try await run(.tavily, keys: ["TAVILY_API_KEY": "tv-key"]) { server, registry, context in
            server.enqueue(.json(#"{"query":"swift nio","answer":"An event loop library.","results":[{"title":"SwiftNIO","url":"https://github.com/apple/swift-nio","content":"Event-driven network framework","score":0.9}],"response_time":0.5}"#))
            let result = await search(registry, context, "swift nio")
            #expect(result == .success("Search results for \"swift nio\" (tavily):\nAnswer: An event loop library.\n1. SwiftNIO\n   https://github.com/apple/swift-nio\n   Event-driven network framework"))
            let request = try #require(server.requests.first)
            #expect(request.method == "POST" && request.uri == "/search")
            let body = try #require(request.json as? [String: Any])
            #expect(body["api_key"] as? String == "tv-key" && body["query"] as? String == "swift nio" && body["max_results"] as? Int == 3)
            _ = await search(registry, context, "swift nio")
            #expect(server.requests.count == 1)
        }
    }

    @Test func braveSendsTheSubscriptionToken() async throws {
        try await run(.brave, keys: ["BRAVE_API_KEY": "br-key"]) { server, registry, context in
            server.enqueue(.json(#"{"type":"search","web":{"type":"search","results":[{"title":"Vapor","url":"https://vapor.codes","description":"Server-side Swift","age":"1 day"}]}}"#))
            let result = await search(registry, context, "swift server")
            #expect(result.content.hasSuffix("1. Vapor\n   https://vapor.codes\n   Server-side Swift"))
            let request = try #require(server.requests.first)
            #expect(request.method == "GET" && request.uri.hasPrefix("/res/v1/web/search?q=swift%20server&count=3"))
            #expect(request.headers["x-subscription-token"] == "br-key")
        }
    }

    @Test func searxngAsksForJSON() async throws {
        try await run(.searXNG, configure: { config, base in config.searxng.url = base + "/" }) { server, registry, context in
            server.enqueue(.json(#"{"query":"hummingbird","number_of_results":1,"results":[{"url":"https://hummingbird.codes","title":"Hummingbird","content":"Lightweight server framework","engine":"ddg"}],"answers":[],"suggestions":[]}"#))
            let result = await search(registry, context, "hummingbird")
            #expect(result.content.contains("1. Hummingbird\n   https://hummingbird.codes\n   Lightweight server framework"))
            #expect(server.requests.first?.uri == "/search?q=hummingbird&format=json")
        }
    }

    @Test func duckDuckGoHTMLIsReadAndRedirectLinksUnwrapped() async throws {
        try await run(.auto) { server, registry, context in
            let html = """
                <div class="result results_links results_links_deep web-result"><div class="links_main links_deep result__body">
                <h2 class="result__title"><a rel="nofollow" class="result__a" href="//duckduckgo.com/l/?uddg=https%3A%2F%2Fswift.org%2Fdocumentation%2F&amp;rut=abc">Swift &amp; <b>Documentation</b></a></h2>
                <a class="result__snippet" href="//duckduckgo.com/l/?uddg=x">The <b>Swift</b> language docs.</a></div></div>
                <div class="result"><h2 class="result__title"><a rel="nofollow" class="result__a" href="https://forums.swift.org/">Swift Forums</a></h2>
                <a class="result__snippet">Community.</a></div>
                """
            server.enqueue(ScriptedReply(headers: [("content-type", "text/html")], pieces: [.bytes(html)]))
            let result = await search(registry, context, "swift docs")
            #expect(result == .success("Search results for \"swift docs\" (duck_duck_go):\n1. Swift & Documentation\n   https://swift.org/documentation/\n   The Swift language docs.\n2. Swift Forums\n   https://forums.swift.org/\n   Community."))
            #expect(server.requests.first?.uri == "/html/?q=swift%20docs")
        }
    }

    @Test func autoPrefersAServiceWithAKey() async throws {
        try await run(.auto, keys: ["BRAVE_API_KEY": "k"]) { server, registry, context in
            server.enqueue(.json(#"{"web":{"results":[]}}"#))
            #expect(await search(registry, context, "x").content == "Search results for \"x\" (brave):\nNo results.")
            #expect(server.requests.first?.uri.hasPrefix("/res/v1/web/search") == true)
        }
    }

    @Test func failuresAndDenials() async throws {
        try await run(.tavily, keys: ["TAVILY_API_KEY": "k"]) { server, registry, context in
            server.enqueue(.json(#"{"detail":{"error":"Unauthorized: missing or invalid API key."}}"#, status: 401))
            let failed = await search(registry, context, "q")
            #expect(failed == .failure("tavily search failed: HTTP 401: {\"detail\":{\"error\":\"Unauthorized: missing or invalid API key.\"}}"))
        }
        try await run(.tavily, keys: ["TAVILY_API_KEY": "k"], network: ["api.tavily.com"]) { server, registry, context in
            let denied = await search(registry, context, "q")
            #expect(denied == .failure("tavily search failed: Permission denied: network access to 127.0.0.1 (rule: capabilities.network = [\"api.tavily.com\"])"))
            #expect(server.requests.isEmpty)
        }
        try await run(.brave) { _, registry, context in
            #expect(await search(registry, context, "q") == .failure("web_search is set to brave but its API key variable is not set"))
        }
    }
}
