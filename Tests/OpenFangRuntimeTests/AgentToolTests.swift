import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct AgentToolTests {
    let me = AgentSummary(id: .random(), name: "lead", state: "running", model: "openai/gpt-4o", tags: ["planning"])
    let coder = AgentSummary(id: .random(), name: "coder", state: "running", model: "openai/gpt-4o", description: "Writes code", tags: ["coding"], tools: ["shell_exec"])
    let ops = AgentSummary(id: .random(), name: "ops", state: "suspended", model: "groq/llama", tags: ["deploy"])

    var registry: ToolRegistry {
        var registry = ToolRegistry()
        let tools: [any Tool] = [
            AgentSendTool(), AgentSpawnTool(), AgentListTool(), AgentKillTool(), AgentFindTool(), TaskPostTool(), TaskClaimTool(), TaskCompleteTool(),
            TaskListTool(), EventPublishTool(),
        ]
        for tool in tools { registry.register(tool) }
        return registry
    }

    func context(_ kernel: FakeKernel, permissions: AgentPermissions, depth: Int = 0) -> ToolContext {
        ToolContext(agentID: me.id, agentName: me.name, callID: "c", permissions: permissions, kernel: kernel.handle, depth: depth)
    }

    @Test func sendGoesOnlyToPermittedTargetsAndCountsDepth() async {
        let kernel = FakeKernel(agents: [me, coder, ops])
        let context = context(kernel, permissions: .granting(agentMessage: ["cod*"]), depth: 2)
        #expect(await registry.call("agent_send", arguments: .object(["agent_id": .string("coder"), "message": .string("hi")]), context: context) == .success("ack: hi"))
        let sent = await kernel.sent
        #expect(sent.count == 1 && sent[0].to == coder.id && sent[0].depth == 3)
        let denied = await registry.call("agent_send", arguments: .object(["agent_id": .string("ops"), "message": .string("hi")]), context: context)
        #expect(denied == .failure("Permission denied: messaging agent ops (rule: capabilities.agent_message = [\"cod*\"])"))
        let unknown = await registry.call("agent_send", arguments: .object(["agent_id": .string("nobody"), "message": .string("hi")]), context: context)
        #expect(unknown.content.contains("no agent named or with id \"nobody\""))
        let deep = self.context(kernel, permissions: .granting(agentMessage: ["*"]), depth: 5)
        #expect(await registry.call("agent_send", arguments: .object(["agent_id": .string("coder"), "message": .string("hi")]), context: deep).content.hasPrefix("agent_send refused: 5 nested"))
        #expect(await kernel.sent.count == 1)
    }

    @Test func spawnNeverGivesAChildMoreThanItsParent() async {
        let kernel = FakeKernel(agents: [me])
        let parent = AgentPermissions.granting(tools: ["file_read", "web_fetch", "agent_spawn"], network: ["*.github.com"], agentSpawn: true)
        let narrow = """
            name = "helper"
            [model]
            provider = "openai"
            model = "gpt-4o"
            [capabilities]
            tools = ["file_read"]
            network = ["api.github.com"]
            """
        #expect(await registry.call("agent_spawn", arguments: .object(["manifest_toml": .string(narrow)]), context: context(kernel, permissions: parent)).content.hasPrefix("spawned helper"))
        let wider = narrow.replacingOccurrences(of: "network = [\"api.github.com\"]", with: "network = [\"*\"]")
        let deniedNetwork = await registry.call("agent_spawn", arguments: .object(["manifest_toml": .string(wider)]), context: context(kernel, permissions: parent))
        #expect(deniedNetwork == .failure("Permission denied: spawning an agent with net_connect * (rule: the child may not hold a capability its parent lacks)"))
        let moreTools = narrow.replacingOccurrences(of: "tools = [\"file_read\"]", with: "tools = [\"file_read\", \"shell_exec\"]")
        let deniedTool = await registry.call("agent_spawn", arguments: .object(["manifest_toml": .string(moreTools)]), context: context(kernel, permissions: parent))
        #expect(deniedTool.content.hasPrefix("Permission denied: spawning an agent with tool shell_exec"))
        let allTools = narrow.replacingOccurrences(of: "tools = [\"file_read\"]", with: "tools = [\"*\"]")
        #expect(await registry.call("agent_spawn", arguments: .object(["manifest_toml": .string(allTools)]), context: context(kernel, permissions: parent)).content.hasPrefix("Permission denied: spawning an agent with tool *"))
        let noSpawn = AgentPermissions.granting(tools: ["*"], network: ["*"])
        #expect(await registry.call("agent_spawn", arguments: .object(["manifest_toml": .string(narrow)]), context: context(kernel, permissions: noSpawn)) == .failure("Permission denied: spawning an agent (rule: capabilities.agent_spawn = false)"))
        let invalid = await registry.call("agent_spawn", arguments: .object(["manifest_toml": .string("name = 3")]), context: context(kernel, permissions: parent))
        #expect(invalid.isError && invalid.content.hasPrefix("The manifest is invalid:") && invalid.content.contains("manifest_toml:1"))
        #expect(await kernel.spawned.count == 1)
    }

    @Test func listFindAndKill() async {
        let kernel = FakeKernel(agents: [me, coder, ops])
        let context = context(kernel, permissions: .granting(agentMessage: ["coder"]))
        let list = await registry.call("agent_list", arguments: .object([:]), context: context)
        #expect(list.content.contains("coder (\(coder.id)) — running, openai/gpt-4o: Writes code"))
        let found = await registry.call("agent_find", arguments: .object(["query": .string("DEPLOY")]), context: context)
        #expect(found.content.hasPrefix("ops (") && !found.content.contains("coder"))
        #expect(await registry.call("agent_kill", arguments: .object(["agent_id": .string("ops")]), context: context).content.hasPrefix("Permission denied: messaging agent ops"))
        #expect(await registry.call("agent_kill", arguments: .object(["agent_id": .string("coder")]), context: context) == .success("stopped coder"))
        #expect(await kernel.killed == [coder.id])
    }

    @Test func taskBoardRoundTrip() async {
        let kernel = FakeKernel(agents: [me, coder])
        let context = context(kernel, permissions: .granting())
        #expect(await registry.call("task_post", arguments: .object(["title": .string("Fix CI"), "description": .string("red build")]), context: context) == .success("posted task task-1"))
        #expect(await registry.call("task_claim", arguments: .object([:]), context: context) == .success("claimed task task-1: Fix CI\nred build"))
        #expect(await registry.call("task_claim", arguments: .object([:]), context: context) == .success("no pending task"))
        #expect(await registry.call("task_complete", arguments: .object(["task_id": .string("task-1"), "result": .string("green")]), context: context) == .success("completed task task-1"))
        #expect(await registry.call("task_list", arguments: .object(["status": .string("completed")]), context: context) == .success("[task-1] completed: Fix CI → green"))
        #expect(await registry.call("task_list", arguments: .object(["status": .string("done")]), context: context).content.hasPrefix("`status` must be one of"))
    }

    @Test func eventsPublishAndToolsWithoutAKernelSaySo() async {
        let kernel = FakeKernel()
        #expect(await registry.call("event_publish", arguments: .object(["event_type": .string("deploy.done"), "payload": .object(["ok": .bool(true)])]), context: context(kernel, permissions: .granting())) == .success("published deploy.done"))
        #expect(await kernel.published.first?.payload == .object(["ok": .bool(true)]))
        let bare = ToolContext(agentID: .random(), callID: "c", permissions: .granting())
        #expect(await registry.call("agent_list", arguments: .object([:]), context: bare) == .failure("agent tools need the kernel, which is not running"))
        #expect(await registry.call("task_list", arguments: .object([:]), context: bare) == .failure("task tools need the kernel, which is not running"))
    }
}
