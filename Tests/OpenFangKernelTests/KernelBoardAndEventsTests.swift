import Foundation
import OpenFangKernel
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

@Suite(.timeLimit(.minutes(1))) struct KernelBoardAndEventsTests {
    func boot(_ temp: TemporaryDirectory, server: ScriptedLLMServer? = nil) async throws -> Kernel {
        var config = KernelConfig.defaults
        if let server { config.providerURLs = ["openai": server.baseURL + "/v1"] }
        return try await Kernel.boot(config: config, home: OpenFangHome(root: temp.path), environment: ["OPENFANG_API_KEY": "x", "OPENAI_API_KEY": "sk"])
    }

    @Test func tasksGoToTheRightAgentOnceAndSurviveABoot() async throws {
        let temp = try TemporaryDirectory("kernel-tasks")
        defer { temp.remove() }
        let kernel = try await boot(temp)
        let lead = try await kernel.spawn(source: "name = \"lead\"", file: "lead.toml")
        let worker = try await kernel.spawn(source: "name = \"worker\"", file: "worker.toml")
        let forWorker = try await kernel.post(title: "build", description: "run the build", assignedTo: "worker", by: lead.id)
        _ = try await kernel.post(title: "any", description: "anyone", assignedTo: nil, by: lead.id)
        #expect(try await kernel.claim(by: lead.id)?.title == "any", "the lead cannot take the worker's task")
        #expect(try await kernel.claim(by: lead.id) == nil)
        await #expect(throws: (any Error).self) { _ = try await kernel.complete(forWorker.id, result: "x", by: lead.id) }
        #expect(try await kernel.claim(by: worker.id)?.id == forWorker.id)
        await kernel.shutdown()

        let again = try await boot(temp)
        let done = try await again.complete(forWorker.id, result: "green", by: worker.id)
        #expect(done.status == "completed" && done.result == "green")
        #expect(try await again.tasks(status: "in_progress").map(\.title) == ["any"])
        await again.shutdown()
    }

    @Test func subscribersSeeLifecycleMessagesAndCustomEvents() async throws {
        let temp = try TemporaryDirectory("kernel-events")
        defer { temp.remove() }
        let server = try await ScriptedLLMServer.start()
        let kernel = try await boot(temp, server: server)
        let stream = kernel.events.subscribe()
        _ = try await kernel.spawn(
            source: "name = \"pub\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n[capabilities]\ntools = [\"event_publish\"]", file: "pub.toml")
        server.enqueue(OpenAIWire.toolCalls([("e", "event_publish", #"{"event_type":"deploy.done","payload":{"ok":true}}"#)]), OpenAIWire.text("published"))
        _ = try await kernel.send("announce the deploy", to: "pub")
        try await kernel.setState(.suspended, of: "pub")
        await kernel.shutdown()
        var kinds: [KernelEvent.Kind] = []
        for await event in stream { kinds.append(event.kind) }
        #expect(kinds == [.agentSpawned, .custom("deploy.done"), .agentMessage, .agentStateChanged])
        await server.shutdown()
    }

    @Test func aSlowSubscriberLosesTheOldestEventsNotTheKernel() async {
        let bus = EventBus(bufferSize: 3)
        let stream = bus.subscribe()
        for index in 0..<10 { bus.publish(KernelEvent(kind: .custom("e\(index)"), agent: nil)) }
        bus.finish()
        var seen: [KernelEvent.Kind] = []
        for await event in stream { seen.append(event.kind) }
        #expect(seen == [.custom("e7"), .custom("e8"), .custom("e9")])
        #expect(bus.subscriberCount == 0)
    }
}
