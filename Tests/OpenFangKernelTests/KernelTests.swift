import Foundation
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

@Suite(.timeLimit(.minutes(1))) struct KernelTests {
    static func manifest(_ name: String, tools: [String] = []) -> String {
        """
        name = "\(name)"
        [model]
        provider = "openai"
        model = "gpt-4o"
        [capabilities]
        tools = [\(tools.map { "\"\($0)\"" }.joined(separator: ", "))]
        agent_message = ["*"]
        """
    }

    func withKernel(_ body: (ScriptedLLMServer, TemporaryDirectory, () async throws -> Kernel) async throws -> Void) async throws {
        let server = try await ScriptedLLMServer.start()
        let temp = try TemporaryDirectory("kernel")
        var config = KernelConfig.defaults
        config.providerURLs = ["openai": server.baseURL + "/v1"]
        let home = OpenFangHome(root: temp.path)
        let boot = { try await Kernel.boot(config: config, home: home, environment: ["OPENAI_API_KEY": "sk-test"]) }
        do {
            try await body(server, temp, boot)
        } catch {
            await server.shutdown()
            temp.remove()
            throw error
        }
        await server.shutdown()
        temp.remove()
    }

    @Test func agentsKeepIdsSessionsAndWorkspacesAcrossABoot() async throws {
        try await withKernel { server, temp, boot in
            let kernel = try await boot()
            let spawned = try await kernel.spawn(source: Self.manifest("keeper"), file: "keeper.toml")
            server.enqueue(OpenAIWire.text("noted"))
            _ = try await kernel.send("remember the number 7", to: "keeper")
            await #expect(throws: KernelError.duplicateName("keeper")) { try await kernel.spawn(source: Self.manifest("keeper"), file: "again.toml") }
            #expect(FileManager.default.fileExists(atPath: temp.file("workspaces/keeper")))
            await kernel.shutdown()

            let again = try await boot()
            #expect(await again.summary(of: "keeper")?.id == spawned.id)
            server.enqueue(OpenAIWire.text("it was 7"))
            let answer = try await again.send("what was the number?", to: spawned.id.description)
            #expect(answer.response == "it was 7")
            #expect(server.requests.last?.body.contains("remember the number 7") == true)
            let usage = try await again.store.usage(of: spawned.id, in: .hour)
            #expect(usage.inputTokens == 22 && usage.outputTokens == 14 && usage.costUSD > 0, "both turns metered")
            await again.shutdown()
        }
    }

    @Test func messagesToOneAgentRunInOrder() async throws {
        try await withKernel { server, _, boot in
            let kernel = try await boot()
            _ = try await kernel.spawn(source: Self.manifest("serial"), file: "serial.toml")
            for index in 0..<4 {
                server.enqueue(ScriptedReply(
                    status: 200, headers: [("content-type", "application/json")],
                    pieces: [.pause(.milliseconds(30)), .bytes(#"{"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":"reply \#(index)"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1}}"#)]))
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<4 {
                    group.addTask { _ = try await kernel.send("message \(index)", to: "serial") }
                    try await Task.sleep(for: .milliseconds(5))
                }
                try await group.waitForAll()
            }
            // Each request carries the whole conversation so far: no turn saw another half-done.
            let bodies = server.requests.map(\.body)
            for (index, body) in bodies.enumerated() {
                #expect(body.components(separatedBy: "\"role\":\"user\"").count - 1 == index + 1, "request \(index) saw \(index) earlier turns")
            }
            let session = try await kernel.store.canonicalSession(for: try #require(await kernel.summary(of: "serial")).id)
            let messages = try #require(try await kernel.store.session(session.id)).messages
            #expect(messages.count == 8 && zip(messages, messages.dropFirst()).allSatisfy { $0.role != $1.role })
            await kernel.shutdown()
        }
    }

    @Test func suspendedAgentsRefuseAndAgentsTalkThroughTheKernel() async throws {
        try await withKernel { server, _, boot in
            let kernel = try await boot()
            _ = try await kernel.spawn(source: Self.manifest("boss", tools: ["agent_send"]), file: "boss.toml")
            _ = try await kernel.spawn(source: Self.manifest("helper"), file: "helper.toml")
            server.enqueue(
                OpenAIWire.toolCalls([("c1", "agent_send", #"{"agent_id":"helper","message":"what is 2+2?"}"#)]), OpenAIWire.text("4"),
                OpenAIWire.text("The helper says 4."))
            let result = try await kernel.send("ask the helper", to: "boss")
            #expect(result.response == "The helper says 4.")
            #expect(server.requests[1].body.contains("what is 2+2?") && server.requests[2].body.contains("\"4\""))

            let audit = try await kernel.store.auditRecords(limit: 100).reversed().map(\.action)
            #expect(audit == ["agent.spawn", "agent.spawn", "agent.message", "agent.message", "tool.call"], "spawns, the helper's turn inside the boss's, then the boss's turn and its tool call")
            #expect(try await kernel.store.verifyAudit().isIntact)
            try await kernel.setState(.suspended, of: "helper")
            await #expect(throws: KernelError.notRunning("helper", .suspended)) { try await kernel.send("hi", to: "helper") }
            await #expect(throws: KernelError.self) { try await kernel.send("hi", to: "ghost") }
            let invalid = await #expect(throws: KernelError.self) { try await kernel.spawn(source: "name = 5", file: "bad.toml") }
            #expect(invalid?.description.contains("bad.toml:1") == true)
            await kernel.shutdown()
        }
    }
}
