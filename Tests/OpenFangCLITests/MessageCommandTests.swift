import Foundation
import OpenFangTesting
import Testing

/// `openfang message` runs an agent in the CLI process against the scripted provider; the agent,
/// its id and its session survive from one process to the next.
@Suite(.serialized, .timeLimit(.minutes(1))) struct MessageCommandTests {
    func home(server: ScriptedLLMServer) throws -> CLITestHome {
        let t = try CLITestHome("cli-message", environment: ["GROQ_API_KEY": "gsk-test"])
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("config", "set", "provider_urls.groq", server.baseURL + "/openai/v1").status == 0)
        return t
    }

    @Test func anAgentAnswersAndKeepsItsIdentityAndSessionAcrossProcesses() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        server.enqueue(OpenAIWire.text("Hello from the agent"))
        let first = try t.run("message", "assistant", "hi there")
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == "Hello from the agent\n")
        #expect(first.standardError.contains("registered agent assistant ("))

        server.enqueue(OpenAIWire.text("Still here"))
        let second = try t.run("message", "assistant", "again", "--json")
        #expect(second.status == 0, "\(second.standardError)")
        #expect(!second.standardError.contains("registered agent"), "the agent is restored, not registered again")
        let reply = try #require(try JSONSerialization.jsonObject(with: Data(second.standardOutput.utf8)) as? [String: Any])
        #expect(reply["response"] as? String == "Still here")
        let firstID = first.standardError.components(separatedBy: "registered agent assistant (").last?.prefix(36)
        #expect(reply["agent_id"] as? String == firstID.map(String.init))
        let body = try #require(server.requests.last?.body)
        #expect(body.contains("hi there") && body.contains("Hello from the agent") && body.contains("again"), "the session carried over")

        let runs = try t.run("runs", "list", "--json")
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(runs.standardOutput.utf8)) as? [[String: Any]])
        #expect(listed.count == 2 && listed.allSatisfy { $0["status"] as? String == "completed" })
        await server.shutdown()
    }

    @Test func unknownAgentsAndMissingKeysAreExplained() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        let unknown = try t.run("message", "nobody-here", "hi")
        #expect(unknown.status == 1 && unknown.standardError.contains("error: no agent named \"nobody-here\""))
        var noKey = t
        noKey.environment["GROQ_API_KEY"] = nil
        let missing = try noKey.run("message", "assistant", "hi")
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("agent assistant cannot reach a model") && missing.standardError.contains("GROQ_API_KEY"), "\(missing.standardError)")
        #expect(server.requests.isEmpty)
        await server.shutdown()
    }
}

extension MessageCommandTests {
    @Test func agentsAreSpawnedListedAndSuspended() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try home(server: server)
        defer { t.remove() }
        #expect(try t.run("agent", "list").standardOutput.hasPrefix("no agents"))
        let spawned = try t.run("agent", "spawn", "coder")
        #expect(spawned.status == 0 && spawned.standardOutput.hasPrefix("registered agent coder ("), "\(spawned.standardError)")
        let file = t.directory.file("helper.toml")
        try t.write("name = \"helper\"\n", to: file)
        #expect(try t.run("agent", "spawn", file).standardOutput.hasPrefix("registered agent helper ("))
        let listed = try t.run("agent", "list", "--json")
        let agents = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
        #expect(agents.compactMap { $0["name"] as? String } == ["coder", "helper"])
        #expect(try t.run("agent", "set-state", "suspend", "helper").standardOutput == "helper is suspended\n")
        let refused = try t.run("message", "helper", "hi")
        #expect(refused.status == 1 && refused.standardError.contains("agent helper is suspended and does not accept messages"))
        #expect(try t.run("agent", "set-state", "resume", "helper").status == 0)
        let bad = try t.run("agent", "set-state", "pause", "helper")
        #expect(bad.status == 1 && bad.standardError.contains("\"pause\" is not one of suspend, resume, kill"))
        await server.shutdown()
    }
}
