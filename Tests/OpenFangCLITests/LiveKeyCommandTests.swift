import Foundation
import OpenFangTesting
import Testing

/// `config test-key` and `doctor --live` against the scripted provider on 127.0.0.1 (via base_url).
@Suite(.serialized, .timeLimit(.minutes(1))) struct LiveKeyCommandTests {
    func home(server: ScriptedLLMServer) throws -> CLITestHome {
        let t = try CLITestHome("cli-live", environment: ["GROQ_API_KEY": "gsk-test"])
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("config", "set", "provider_urls.groq", server.baseURL + "/openai/v1").status == 0)
        return t
    }

    static let pong = ScriptedReply.json(#"{"id":"c1","choices":[{"index":0,"message":{"role":"assistant","content":"pong"},"finish_reason":"stop"}],"usage":{"prompt_tokens":14,"completion_tokens":1}}"#)
    static let pongStream = ScriptedReply.eventStream([
        (nil, #"{"choices":[{"delta":{"content":"po"}}]}"#), (nil, #"{"choices":[{"delta":{"content":"ng"},"finish_reason":"stop"}]}"#), (nil, "[DONE]"),
    ])

    @Test func testKeyMakesOnePlainAndOneStreamedCompletion() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        server.enqueue(Self.pong, Self.pongStream)
        let result = try t.run("config", "test-key", "groq")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("ok: groq/llama-3.3-70b-versatile at \(server.baseURL)/openai/v1 answered \"pong\""))
        #expect(result.standardOutput.contains("(14 tokens in, 1 out)") && result.standardOutput.contains("ok: streaming works"))
        #expect(server.requests.map(\.uri) == ["/openai/v1/chat/completions", "/openai/v1/chat/completions"])
        #expect(server.requests.first?.headers["authorization"] == "Bearer gsk-test")
        await server.shutdown()
    }

    @Test func aRejectedKeyIsExplained() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        server.enqueue(.error(401, #"{"error":{"message":"Invalid API Key"}}"#))
        let result = try t.run("config", "test-key", "groq")
        #expect(result.status == 1)
        #expect(result.standardError.contains("the provider rejected the key: Invalid API Key. Check the key variable for this provider."))
        var noKey = t
        noKey.environment["GROQ_API_KEY"] = nil
        let missing = try noKey.run("config", "test-key", "groq")
        #expect(missing.status == 1 && missing.standardError.contains("set GROQ_API_KEY"))
        await server.shutdown()
    }

    @Test func doctorLiveChecksTheDefaultModel() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        server.enqueue(Self.pong, Self.pongStream)
        let result = try t.run("doctor", "--live")
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("ok    live: ok: groq/llama-3.3-70b-versatile"))
        await server.shutdown()
    }
}
