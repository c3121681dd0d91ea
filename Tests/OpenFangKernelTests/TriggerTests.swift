import Foundation
import OpenFangKernel
import OpenFangRuntime
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
import Testing

/// Event triggers: patterns, max fires and cooldown (checked and counted atomically in the
/// database), the self-loop guard, and the service that runs them on live events.
@Suite(.timeLimit(.minutes(1))) struct TriggerTests {
    static func manifest(_ name: String) -> String {
        "name = \"\(name)\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n"
    }

    @Test func aTriggerFiresUpToItsMaxFires() async throws {
        try await KernelHarness.run { _, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest("watcher"), file: "w.toml")
            let deployer = try await kernel.spawn(source: Self.manifest("deployer"), file: "d.toml")
            _ = try await kernel.createTrigger(agent: "watcher", pattern: #"{"custom":{"event_type":"deploy*"}}"#, prompt: "Saw: {{event}}", maxFires: 2)
            let event = KernelEvent(kind: .custom("deploy_done"), agent: deployer.id, payload: .object(["version": .string("1.2")]))
            let now = Date()
            let first = try await kernel.triggerFires(for: event, at: now)
            #expect(first.map(\.prompt) == [#"Saw: custom:deploy_done from agent deployer: {"version":"1.2"}"#])
            #expect(try await kernel.triggerFires(for: event, at: now).count == 1)
            #expect(try await kernel.triggerFires(for: event, at: now).isEmpty, "max_fires = 2 reached")
            #expect(try await kernel.triggers().first?.fireCount == 2)
            let other = KernelEvent(kind: .custom("lunch"), agent: deployer.id)
            #expect(try await kernel.triggerFires(for: other, at: now).isEmpty)
        }
    }

    @Test func cooldownSpacesFires() async throws {
        try await KernelHarness.run { _, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest("watcher"), file: "w.toml")
            _ = try await kernel.createTrigger(agent: "watcher", pattern: #"{"content_match":{"substring":"ERROR"}}"#, cooldownSecs: 60)
            let event = KernelEvent(kind: .system, agent: nil, payload: .object(["line": .string("disk error on /dev/sda")]))
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            #expect(try await kernel.triggerFires(for: event, at: start).count == 1)
            #expect(try await kernel.triggerFires(for: event, at: start.addingTimeInterval(30)).isEmpty)
            #expect(try await kernel.triggerFires(for: event, at: start.addingTimeInterval(61)).count == 1)
        }
    }

    @Test func anAgentsTriggersIgnoreItsOwnOutput() async throws {
        try await KernelHarness.run { _, kernel, _ in
            let watcher = try await kernel.spawn(source: Self.manifest("watcher"), file: "w.toml")
            let other = try await kernel.spawn(source: Self.manifest("other"), file: "o.toml")
            _ = try await kernel.createTrigger(agent: "watcher", pattern: #""all""#)
            #expect(try await kernel.triggerFires(for: KernelEvent(kind: .agentMessage, agent: watcher.id), at: Date()).isEmpty)
            #expect(try await kernel.triggerFires(for: KernelEvent(kind: .agentMessage, agent: other.id), at: Date()).count == 1)
        }
    }

    @Test func badPatternsAreExplained() async throws {
        try await KernelHarness.run { _, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest("watcher"), file: "w.toml")
            let cases = [
                (#""memory_update""#, "pattern memory_update is not supported yet: this kernel does not publish memory events"),
                (#""sometimes""#, "unknown pattern sometimes (known: agent_spawned, agent_terminated, all, content_match, custom, lifecycle, system, system_keyword)"),
                (#"{"content_match":{}}"#, "pattern content_match: `substring` must be a non-empty string"),
                ("{not json", #"pattern {not json is not JSON; e.g. "all" or {"content_match":{"substring":"error"}}"#),
            ]
            for (pattern, message) in cases {
                let error = await #expect(throws: KernelError.self) { try await kernel.createTrigger(agent: "watcher", pattern: pattern) }
                #expect(error?.description == message)
            }
        }
    }

    @Test func theTriggerServiceSendsThePromptOnALiveEvent() async throws {
        try await KernelHarness.run { server, kernel, _ in
            _ = try await kernel.spawn(source: Self.manifest("watcher"), file: "w.toml")
            _ = try await kernel.createTrigger(agent: "watcher", pattern: #"{"agent_spawned":{"name_pattern":"res*"}}"#, prompt: "New colleague: {{event}}", maxFires: 1)
            server.enqueue(OpenAIWire.text("Welcome!"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await TriggerService(kernel: kernel).run() }
                while kernel.events.subscriberCount == 0 { try await Task.sleep(for: .milliseconds(10)) }
                _ = try await kernel.spawn(source: Self.manifest("researcher"), file: "r.toml")
                while server.requests.isEmpty { try await Task.sleep(for: .milliseconds(20)) }
                group.cancelAll()
            }
            #expect(server.requests.first?.body.contains("New colleague: agent_spawned from agent researcher") == true)
        }
    }
}
