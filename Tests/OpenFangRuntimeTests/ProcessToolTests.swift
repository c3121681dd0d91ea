import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct ProcessToolTests {
    func withProcesses(_ body: (ToolRegistry, (AgentID) throws -> ToolContext, ProcessManager) async throws -> Void) async throws {
        let temp = try TemporaryDirectory("proc")
        defer { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.file("ws"), withIntermediateDirectories: true)
        let manager = ProcessManager(limitPerAgent: 2)
        var registry = ToolRegistry()
        let tools: [any Tool] = [ProcessStartTool(manager: manager), ProcessPollTool(manager: manager), ProcessWriteTool(manager: manager), ProcessKillTool(manager: manager), ProcessListTool(manager: manager)]
        for tool in tools { registry.register(tool) }
        var policy = ExecPolicyConfig.defaults
        policy.allowedCommands = ["python3"]
        let context = { (agent: AgentID) throws -> ToolContext in
            ToolContext(agentID: agent, callID: "c", workspace: try WorkspaceSandbox(root: temp.file("ws")), permissions: .granting(shell: ["*"], execPolicy: policy))
        }
        try await body(registry, context, manager)
        await manager.shutdown()
    }

    func poll(_ registry: ToolRegistry, _ id: String, _ context: ToolContext, until text: String) async -> String {
        var seen = ""
        for _ in 0..<200 {
            seen += await registry.call("process_poll", arguments: .object(["process_id": .string(id)]), context: context).content
            if seen.contains(text) { break }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return seen
    }

    @Test func writeThenPollRoundTripsThroughARunningProcess() async throws {
        try await withProcesses { registry, context, _ in
            let me = try context(.random())
            let started = await registry.call("process_start", arguments: .object(["command": .string("cat")]), context: me)
            #expect(started == .success("started proc_1: cat"))
            #expect(await registry.call("process_write", arguments: .object(["process_id": .string("proc_1"), "data": .string("hello")]), context: me).content == "wrote 6 bytes to proc_1")
            #expect(await poll(registry, "proc_1", me, until: "hello").contains("status: running\nstdout:\nhello"))
            #expect(await registry.call("process_list", arguments: .object([:]), context: me).content.hasPrefix("proc_1: cat — alive"))
            #expect(await registry.call("process_kill", arguments: .object(["process_id": .string("proc_1")]), context: me) == .success("killed proc_1"))
            #expect(await registry.call("process_list", arguments: .object([:]), context: me) == .success("no processes"))
        }
    }

    @Test func limitsIsolationAndPolicy() async throws {
        try await withProcesses { registry, context, _ in
            let me = try context(.random())
            _ = await registry.call("process_start", arguments: .object(["command": .string("sleep"), "args": .array([.string("30")])]), context: me)
            _ = await registry.call("process_start", arguments: .object(["command": .string("sleep"), "args": .array([.string("30")])]), context: me)
            let third = await registry.call("process_start", arguments: .object(["command": .string("sleep 30")]), context: me)
            #expect(third == .failure("you already run 2 processes (limit 2); kill one with process_kill first"))
            let other = try context(.random())
            #expect(await registry.call("process_poll", arguments: .object(["process_id": .string("proc_1")]), context: other) == .failure("no process proc_1 of yours; call process_list"))
            #expect(await registry.call("process_kill", arguments: .object(["process_id": .string("proc_1")]), context: other).isError)
            let denied = await registry.call("process_start", arguments: .object(["command": .string("rm"), "args": .array([.string("-rf"), .string("/")])]), context: other)
            #expect(denied.isError && denied.content.hasPrefix("Permission denied: shell command \"rm -rf /\""))
            let quoted = await registry.call("process_start", arguments: .object(["command": .string("echo"), "args": .array([.string("a; rm -rf /")])]), context: other)
            #expect(quoted == .success("started proc_3: echo 'a; rm -rf /'"))
            #expect(await poll(registry, "proc_3", other, until: "exited").contains("a; rm -rf /"))
        }
    }
}
