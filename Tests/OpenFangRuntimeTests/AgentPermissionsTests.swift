import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct AgentPermissionsTests {
    func manifest(_ toml: String) throws -> AgentManifest {
        let parsed = AgentManifest.parse("name = \"a\"\n" + toml, file: "agent.toml")
        return try #require(parsed.value)
    }

    @Test func anEmptyToolListMeansTheProfileDefaultNeverAll() throws {
        let bare = AgentPermissions(manifest: try manifest(""))
        #expect(bare.offers("file_read") && bare.offers("file_list"))
        #expect(!bare.offers("shell_exec") && !bare.offers("web_fetch"))
        #expect(bare.checkTool("shell_exec")?.description == "Permission denied: tool shell_exec (rule: no capabilities.tools and no profile, so the minimal profile = [\"file_read\", \"file_list\"] does not include it)")

        let coding = AgentPermissions(manifest: try manifest("profile = \"coding\""))
        #expect(coding.offers("shell_exec") && !coding.offers("agent_send"))
        #expect(coding.capabilities.shell == ["*"] && coding.capabilities.memoryWrite == ["self.*"])
        #expect(coding.checkTool("agent_send")?.rule == "profile \"coding\" = [\"file_read\", \"file_write\", \"file_list\", \"shell_exec\", \"web_fetch\"] does not include it")

        let star = AgentPermissions(manifest: try manifest("[capabilities]\ntools = [\"*\"]"))
        #expect(star.offers("agent_spawn") && star.offers("anything"))
    }

    @Test func explicitCapabilitiesWinOverTheProfileAndListsFilter() throws {
        let explicit = AgentPermissions(manifest: try manifest("profile = \"coding\"\n[exec_policy]\nallowed_commands = [\"git\", \"rm\"]\n[capabilities]\nshell = [\"git *\"]"))
        #expect(explicit.capabilities.shell == ["git *"])
        #expect(explicit.checkShell("git status") == nil)
        #expect(explicit.checkShell("git status && rm -rf /")?.description.contains("rm") == true)

        let listed = AgentPermissions(manifest: try manifest("tool_allowlist = [\"file_read\"]\ntool_blocklist = [\"file_list\"]\n[capabilities]\ntools = [\"*\"]"))
        #expect(listed.offers("file_read") && !listed.offers("file_write"))
        let blocked = AgentPermissions(manifest: try manifest("tool_blocklist = [\"file_list\"]\n[capabilities]\ntools = [\"*\"]"))
        #expect(blocked.checkTool("file_list")?.rule == "tool_blocklist contains \"file_list\"")

        let denyExec = AgentPermissions(manifest: try manifest("exec_policy = \"deny\"\n[capabilities]\ntools = [\"*\"]\nshell = [\"*\"]"))
        #expect(denyExec.checkTool("shell_exec")?.rule == "exec_policy mode is deny")
    }

    @Test func hostPatterns() {
        let permissions = AgentPermissions.granting(network: ["api.github.com", "*.example.com"])
        #expect(permissions.checkHost("API.github.com") == nil)
        #expect(permissions.checkHost("example.com") == nil && permissions.checkHost("a.b.example.com") == nil)
        #expect(permissions.checkHost("evil-example.com")?.description == "Permission denied: network access to evil-example.com (rule: capabilities.network = [\"api.github.com\", \"*.example.com\"])")
        #expect(permissions.checkHost("github.com") != nil)
        #expect(AgentPermissions.granting(network: []).checkHost("a.com") != nil)
    }

    @Test func approvalGatedToolsAskTheGateAndFailClosedWithoutOne() async throws {
        var registry = ToolRegistry()
        registry.register(SystemTimeTool(now: { Date(timeIntervalSince1970: 0) }))
        let gated = AgentPermissions.granting(approvalRequired: ["system_time"])
        let kernel = FakeKernel(approves: false)
        let denied = await registry.call("system_time", arguments: .object([:]), context: ToolContext(agentID: .random(), callID: "c", permissions: gated, kernel: kernel.handle))
        #expect(denied.isError && denied.content.hasPrefix("Execution denied: 'system_time' requires human approval"))
        #expect(await kernel.approvalRequests.map(\.tool) == ["system_time"])
        await kernel.setApproves(true)
        let approved = await registry.call("system_time", arguments: .object([:]), context: ToolContext(agentID: .random(), callID: "c", permissions: gated, kernel: kernel.handle))
        #expect(!approved.isError)
        let noGate = await registry.call("system_time", arguments: .object([:]), context: ToolContext(agentID: .random(), callID: "c", permissions: gated))
        #expect(noGate.content.hasPrefix("Execution denied"))
    }

    @Test func theRegistryRefusesToolsTheAgentLacksAndHidesThemFromTheModel() async {
        var registry = ToolRegistry()
        registry.register(SystemTimeTool(now: { Date(timeIntervalSince1970: 0) }))
        registry.register(FileReadTool())
        let permissions = AgentPermissions.granting(tools: ["file_read"])
        #expect(registry.definitions(for: permissions).map(\.name) == ["file_read"])
        let refused = await registry.call("system_time", arguments: .object([:]), context: ToolContext(agentID: .random(), callID: "c", permissions: permissions))
        #expect(refused == .failure("Permission denied: tool system_time (rule: capabilities.tools = [\"file_read\"] does not include it)"))
    }
}
