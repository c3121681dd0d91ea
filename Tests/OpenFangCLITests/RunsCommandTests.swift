import Foundation
import OpenFangMemory
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

@Suite(.serialized) struct RunsCommandTests {
    /// One real turn (with a compaction) journaled into the home's database.
    func journalATurn(home: String) async throws -> (RunID, SessionID) {
        let server = try await ScriptedLLMServer.start()
        let http = ProviderHTTPClient(readTimeout: .seconds(5), headTimeout: .seconds(5))
        let store = try await SQLiteMemoryStore.open(path: home + "/data/openfang.db")
        let agent = AgentID.random()
        let session = try await store.createSession(for: agent, label: nil).id
        try await store.append((0..<16).flatMap { [Message.user("question \($0)"), Message.assistant("answer \($0)")] }, to: session)
        server.enqueue(OpenAIWire.text("summary of the early questions"), OpenAIWire.text("hello"))
        let driver = OpenAICompatibleDriver(configuration: .init(provider: "openai", baseURL: server.baseURL + "/v1", apiKey: "k"), http: http)
        var registry = ToolRegistry()
        registry.register(SystemTimeTool())
        let manifest = AgentManifest.parse("name = \"cli\"", file: "t").value!
        let loop = AgentLoop(
            environment: AgentLoop.Environment(driver: driver, tools: registry, memory: store),
            configuration: AgentLoop.Configuration(agentID: agent, manifest: manifest, model: "gpt-4o", permissions: AgentPermissions(manifest: manifest)))
        let result = try await loop.run(UserTurn("hi"), session: session)
        await store.close()
        await http.shutdown()
        await server.shutdown()
        return (result.runID, session)
    }

    @Test func listShowAndRestoreACompaction() async throws {
        let t = try CLITestHome("cli-runs")
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("runs").standardOutput == "no runs\n")
        let (run, session) = try await journalATurn(home: t.home)
        let list = try t.run("runs", "list")
        #expect(list.status == 0 && list.standardOutput.contains(run.description) && list.standardOutput.contains("completed"))
        let show = try t.run("runs", "show", run.description)
        #expect(show.status == 0)
        #expect(show.standardOutput.contains("1. note {\"compaction\""))
        #expect(show.standardOutput.contains("llm_request") && show.standardOutput.contains("llm_response"))
        #expect(show.standardOutput.contains("input tokens by part (estimated):\n  system_prompt"))
        #expect(show.standardOutput.contains("provider counted 11 input and 7 output tokens over 1 model call(s)"))

        let restore = try t.run("runs", "restore-compaction", run.description)
        #expect(restore.status == 0 && restore.standardOutput == "session restored to its state before run \(run)\n")
        let store = try await SQLiteMemoryStore.open(path: t.home + "/data/openfang.db")
        let messages = try await store.session(session)?.messages ?? []
        await store.close()
        #expect(messages.count == 32 && messages.first?.content.plainText == "question 0")

        let bad = try t.run("runs", "show", "nope")
        #expect(bad.status == 1 && bad.standardError == "error: \"nope\" is not a run id (see `openfang runs list`)\n")
        let missing = try t.run("runs", "restore-compaction", RunID.random().description)
        #expect(missing.status == 1 && missing.standardError.contains("did not compact a session"))
    }
}
