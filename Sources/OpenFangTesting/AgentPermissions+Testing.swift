import OpenFangRuntime
import OpenFangTypes

extension AgentPermissions {
    /// Permissions for tests: exactly the grants named, nothing needing approval unless asked.
    public static func granting(
        tools: [String] = ["*"], network: [String] = [], shell: [String] = [], memoryRead: [String] = [], memoryWrite: [String] = [],
        agentMessage: [String] = [], agentSpawn: Bool = false, execPolicy: ExecPolicyConfig = .defaults, approvalRequired: Set<String> = []
    ) -> AgentPermissions {
        var capabilities = ManifestCapabilities.defaults
        capabilities.tools = tools
        capabilities.network = network
        capabilities.shell = shell
        capabilities.memoryRead = memoryRead
        capabilities.memoryWrite = memoryWrite
        capabilities.agentMessage = agentMessage
        capabilities.agentSpawn = agentSpawn
        return AgentPermissions(capabilities: capabilities, execPolicy: execPolicy, approvalRequired: approvalRequired)
    }
}
