import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct WebFetchTests {
    static let page = """
        <html><head><title>Release notes</title><style>body{color:red}</style><script>steal()</script></head>
        <body><nav>Home | About</nav><main><h1>Version 2</h1><p>It is <b>faster</b> &amp; smaller.</p>
        <ul><li>One</li><li>Two</li></ul><p>See <a href="/docs">the docs</a>.</p></main><footer>(c) corp</footer></body></html>
        """

    func tool(allow: [String], maxChars: Int = 50_000, maxBytes: Int = 1_000_000, ttl: Duration = .seconds(60)) -> (ToolRegistry, WebFetchConfig) {
        var config = WebFetchConfig.defaults
        config.maxChars = maxChars
        config.maxResponseBytes = maxBytes
        let fetcher = WebFetcher(guardrail: SSRFGuard(allowedHosts: allow, resolve: SystemResolver.resolve), maxResponseBytes: maxBytes, timeout: .seconds(5))
        var registry = ToolRegistry()
        registry.register(WebFetchTool(fetcher: fetcher, config: config, cache: WebCache(ttl: ttl)))
        return (registry, config)
    }

    func context(network: [String]) -> ToolContext {
        ToolContext(agentID: .random(), callID: "c", permissions: .granting(network: network))
    }

    func fetch(_ registry: ToolRegistry, _ url: String, network: [String] = ["*"], extra: [String: JSONValue] = [:]) async -> ToolOutput {
        await registry.call("web_fetch", arguments: .object(["url": .string(url)].merging(extra) { $1 }), context: context(network: network))
    }

    @Test func anHTMLPageBecomesMarkdownAndIsCached() async throws {
        let server = try await ScriptedLLMServer.start()
        let (registry, _) = tool(allow: ["127.0.0.1"])
        server.enqueue(ScriptedReply(headers: [("content-type", "text/html; charset=utf-8")], pieces: [.bytes(Self.page)]))
        let result = await fetch(registry, server.baseURL + "/notes")
        #expect(!result.isError)
        #expect(result.content.contains("# Release notes") && result.content.contains("# Version 2"))
        #expect(result.content.contains("It is **faster** & smaller.") && result.content.contains("- One\n- Two"))
        #expect(result.content.contains("[the docs](\(server.baseURL)/docs)"))
        #expect(!result.content.contains("steal") && !result.content.contains("color:red") && !result.content.contains("Home | About") && !result.content.contains("(c) corp"))
        #expect(result.content.hasPrefix("[External content from \(server.baseURL)/notes, HTTP 200"))
        let again = await fetch(registry, server.baseURL + "/notes")
        #expect(again == result && server.requests.count == 1)
        let otherAgent = await fetch(registry, server.baseURL + "/notes", network: ["example.com"])
        #expect(otherAgent.content.hasPrefix("Permission denied: network access to 127.0.0.1"), "a cached page is not a way around the caller's rules")
        await server.shutdown()
    }

    @Test func postWithHeadersAndBody() async throws {
        let server = try await ScriptedLLMServer.start()
        let (registry, _) = tool(allow: ["127.0.0.1"])
        server.enqueue(.json(#"{"ok":true}"#, status: 201))
        let result = await fetch(registry, server.baseURL + "/api", extra: ["method": .string("post"), "headers": .object(["X-Token": .string("t1")]), "body": .string("{\"a\":1}")])
        #expect(result.content.hasSuffix("{\"ok\":true}") && !result.isError)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST" && request.headers["x-token"] == "t1" && request.body == "{\"a\":1}")
        #expect(await fetch(registry, server.baseURL, extra: ["method": .string("TRACE")]).content.hasPrefix("`method` must be one of"))
        await server.shutdown()
    }

    @Test func refusalsNameTheirRuleAndSendNothing() async throws {
        let server = try await ScriptedLLMServer.start()
        let (registry, _) = tool(allow: ["127.0.0.1"])
        let denied = await fetch(registry, server.baseURL + "/", network: ["example.com"])
        #expect(denied == .failure("Permission denied: network access to 127.0.0.1 (rule: capabilities.network = [\"example.com\"])"))
        let secret = await fetch(registry, server.baseURL + "/?api_key=abc")
        #expect(secret.isError && secret.content.contains("secret in its query (api_key=…)"))
        let (strict, _) = tool(allow: [])
        let loopback = await fetch(strict, server.baseURL + "/")
        #expect(loopback.isError && loopback.content.hasPrefix("Blocked by the SSRF guard: 127.0.0.1 is 127.0.0.1, in the blocked range 127.0.0.0/8"))
        #expect(server.requests.isEmpty)
        await server.shutdown()
    }

    @Test func sizeCapAndCharacterCap() async throws {
        let server = try await ScriptedLLMServer.start()
        let (registry, _) = tool(allow: ["127.0.0.1"], maxChars: 300, maxBytes: 1_000)
        server.enqueue(ScriptedReply(headers: [("content-type", "text/plain")], pieces: [.bytes(String(repeating: "z", count: 5_000))]))
        let result = await fetch(registry, server.baseURL + "/big")
        #expect(result.content.contains("[… cut at 300 characters]"))
        #expect(result.content.filter { $0 == "z" }.count == 300)
        await server.shutdown()
    }

    /// The canary listens on 127.0.0.3; the allowlisted server on 127.0.0.1 redirects to it and
    /// the model asks for it directly in many spellings. Not one connection may reach it.
    @Test func noSpellingOrRedirectReachesAPrivateCanary() async throws {
        let canary = try await ConnectionCanary.start(host: "127.0.0.3")
        let server = try await ScriptedLLMServer.start()
        let (registry, _) = tool(allow: ["127.0.0.1"])
        let port = canary.port
        let spellings = [
            "127.0.0.3", "2130706435", "0x7f000003", "0x7F.0.0.3", "0177.0.0.3", "0177.0.0.03", "127.3", "127.0.3", "[::ffff:127.0.0.3]", "[::ffff:7f00:3]",
            "[0:0:0:0:0:ffff:7f00:0003]", "[64:ff9b::7f00:3]", "127.000.000.003", "017700000003",
        ]
        for host in spellings {
            let result = await fetch(registry, "http://\(host):\(port)/")
            #expect(result.isError && result.content.hasPrefix("Blocked"), "\(host): \(result.content)")
        }
        for location in ["http://127.0.0.3:\(port)/", "http://2130706435:\(port)/", "http://[::ffff:127.0.0.3]:\(port)/"] {
            server.enqueue(ScriptedReply(status: 302, headers: [("location", location)], pieces: [.bytes("")]))
            let result = await fetch(registry, server.baseURL + "/hop")
            #expect(result.isError && result.content.hasPrefix("Blocked by the SSRF guard"), "\(location): \(result.content)")
        }
        #expect(canary.connections == 0)
        // Control: allowed explicitly, the same fetch does reach the canary, so the zero above means something.
        let (open, _) = tool(allow: ["127.0.0.3"])
        _ = await fetch(open, "http://127.0.0.3:\(port)/")
        #expect(canary.connections >= 1)
        await server.shutdown()
        await canary.shutdown()
    }

    @Test func withoutAnAllowlistLoopbackIsRefusedInEverySpelling() async throws {
        let server = try await ScriptedLLMServer.start()
        let (registry, _) = tool(allow: [])
        let port = server.baseURL.split(separator: ":").last!
        for host in ["127.0.0.1", "localhost", "LOCALHOST.", "2130706433", "0x7f.1", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0", "127.1"] {
            let result = await fetch(registry, "http://\(host):\(port)/")
            #expect(result.isError && result.content.hasPrefix("Blocked"), "\(host): \(result.content)")
        }
        #expect(server.requests.isEmpty)
        await server.shutdown()
    }
}
