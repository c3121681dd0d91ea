import Foundation
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

/// Hung turns are cancelled and their agents restarted with backoff; a graceful stop during a
/// running turn leaves the run `interrupted`, the session intact and the agent resumed at boot.
@Suite(.timeLimit(.minutes(1))) struct SupervisionTests {
    static func manifest(_ name: String, extra: String = "") -> String {
        "name = \"\(name)\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n" + extra
    }

    /// A reply that never arrives while the test runs.
    static let hanging = ScriptedReply(status: 200, headers: [("content-type", "application/json")], pieces: [.pause(.seconds(20)), .bytes("{}")])

    @Test func aHungTurnIsCancelledAndTheAgentRestartsWithBackoff() async throws {
        try await KernelHarness.run(configure: { $0.heartbeat.defaultTimeoutSecs = 1 }) { server, kernel, _ in
            let agent = try await kernel.spawn(source: Self.manifest("sleepy"), file: "s.toml")
            server.enqueue(Self.hanging)
            let hung = await #expect(throws: KernelError.self) { try await kernel.send("hello", to: "sleepy") }
            #expect(hung?.description == "agent sleepy's turn made no progress for 1 s and was cancelled (interrupted; the session is intact)")
            #expect(await kernel.summary(of: "sleepy")?.state == "crashed")
            let runs = try await kernel.store.runs(of: agent.id, limit: 5)
            #expect(runs.map(\.status) == [.interrupted])
            await #expect(throws: KernelError.self) { try await kernel.send("again", to: "sleepy") }

            #expect(await kernel.supervise(at: Date()).isEmpty, "the first restart waits 1 s")
            #expect(await kernel.supervise(at: Date().addingTimeInterval(2)) == [agent.id])
            #expect(await kernel.summary(of: "sleepy")?.state == "running")
            server.enqueue(OpenAIWire.text("awake"))
            #expect(try await kernel.send("again", to: "sleepy").response == "awake")
            let session = try await kernel.store.session(try await kernel.store.canonicalSession(for: agent.id).id)
            #expect(session?.messages.map(\.content.plainText) == ["hello", "again", "awake"], "the interrupted turn left its user message, nothing half-written")
        }
    }

    @Test func anAgentOutOfRestartsIsTerminated() async throws {
        try await KernelHarness.run(configure: { $0.heartbeat.defaultTimeoutSecs = 1 }) { server, kernel, _ in
            let extra = "[autonomous]\nmax_restarts = 0\nheartbeat_interval_secs = 1\n"
            _ = try await kernel.spawn(source: Self.manifest("fragile", extra: extra), file: "f.toml")
            server.enqueue(Self.hanging)
            await #expect(throws: KernelError.turnHung(agent: "fragile", seconds: 2)) { try await kernel.send("hello", to: "fragile") }
            _ = await kernel.supervise(at: Date().addingTimeInterval(2))
            #expect(await kernel.summary(of: "fragile")?.state == "terminated")
        }
    }

    @Test func aGracefulStopDuringATurnInterruptsItAndTheAgentResumesAtBoot() async throws {
        let server = try await ScriptedLLMServer.start()
        let temp = try TemporaryDirectory("kernel-stop")
        defer { temp.remove() }
        var config = KernelConfig.defaults
        config.providerURLs = ["openai": server.baseURL + "/v1"]
        let home = OpenFangHome(root: temp.path)
        let kernel = try await Kernel.boot(config: config, home: home, environment: ["OPENAI_API_KEY": "sk"])
        let agent = try await kernel.spawn(source: Self.manifest("worker"), file: "w.toml")
        server.enqueue(Self.hanging)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                await #expect(throws: KernelError.shuttingDown) { try await kernel.send("long job", to: "worker") }
            }
            while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(20)) }
            await kernel.stop()
            try await group.waitForAll()
        }
        await #expect(throws: KernelError.shuttingDown) { try await kernel.send("more", to: "worker") }
        let runs = try await kernel.store.runs(of: agent.id, limit: 5)
        #expect(runs.map(\.status) == [.interrupted], "\(runs)")
        let record = try #require(try await kernel.store.agentRecords().first)
        #expect(record.state == "suspended" && record.resumeOnBoot)
        await kernel.shutdown()

        let rebooted = try await Kernel.boot(config: config, home: home, environment: ["OPENAI_API_KEY": "sk"])
        #expect(await rebooted.summary(of: "worker")?.state == "running")
        #expect(await rebooted.summary(of: "worker")?.id == agent.id)
        server.enqueue(OpenAIWire.text("done"))
        #expect(try await rebooted.send("resume", to: "worker").response == "done")
        let body = try #require(server.requests.last?.body)
        #expect(body.contains("long job") && body.contains("resume"), "the interrupted turn's message is still in the session")
        await rebooted.shutdown()
        await server.shutdown()
    }
}

extension SupervisionTests {
    @Test func bootFailuresNameTheirStageAndAMissingKeyIsReportedNotFatal() async throws {
        let temp = try TemporaryDirectory("kernel-boot")
        defer { temp.remove() }
        try "not a folder".write(toFile: temp.file("blocker"), atomically: true, encoding: .utf8)
        var config = KernelConfig.defaults
        config.memory.sqlitePath = temp.file("blocker/data/openfang.db")
        let failed = await #expect(throws: KernelError.self) { try await Kernel.boot(config: config, home: OpenFangHome(root: temp.path), environment: [:]) }
        #expect(failed?.description.hasPrefix("boot failed while opening the database: ") == true, "\(failed?.description ?? "")")

        let kernel = try await Kernel.boot(config: .defaults, home: OpenFangHome(root: temp.path), environment: [:])
        #expect(kernel.defaultModelProblem?.contains("needs an API key: set") == true, "\(kernel.defaultModelProblem ?? "nil")")
        await kernel.shutdown()
    }
}
