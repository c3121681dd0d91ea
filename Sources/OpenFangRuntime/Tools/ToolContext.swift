import OpenFangMemory
import OpenFangTypes

/// Who is calling a tool, where, and with what rights.
public struct ToolContext: Sendable {
    /// The calling agent.
    public var agentID: AgentID
    /// The calling agent's name (for messages and audit).
    public var agentName: String
    /// The agent's session.
    public var sessionID: SessionID?
    /// The id the model gave this call.
    public var callID: ToolCallID
    /// The agent's workspace; file tools refuse to work without one.
    public var workspace: WorkspaceSandbox?
    /// What the agent may do; checked by the registry (tool names, approval) and by each tool
    /// (shell commands, hosts, memory keys, messaging, spawning).
    public var permissions: AgentPermissions
    /// The memory store, for the memory and knowledge tools.
    public var memory: (any MemoryStore)?
    /// The kernel's roles, for agent, task, event and approval calls.
    public var kernel: KernelHandle
    /// How many `agent_send` hops led to this call (0 for a user's message).
    public var depth: Int

    /// Creates a context.
    public init(
        agentID: AgentID, agentName: String = "agent", sessionID: SessionID? = nil, callID: ToolCallID,
        workspace: WorkspaceSandbox? = nil, permissions: AgentPermissions, memory: (any MemoryStore)? = nil,
        kernel: KernelHandle = KernelHandle(), depth: Int = 0
    ) {
        self.agentID = agentID
        self.agentName = agentName
        self.sessionID = sessionID
        self.callID = callID
        self.workspace = workspace
        self.permissions = permissions
        self.memory = memory
        self.kernel = kernel
        self.depth = depth
    }

    /// The workspace path for `path`; a refusal is thrown as the tool's error output.
    func workspacePath(_ path: String) throws(ToolOutput) -> String {
        guard let workspace else { throw .failure("this agent has no workspace, so file tools are unavailable") }
        do {
            return try workspace.resolve(path)
        } catch {
            throw .failure("Access denied: \(error.description)")
        }
    }

    /// The memory store; its absence is thrown as the tool's error output.
    func store() throws(ToolOutput) -> any MemoryStore {
        guard let memory else { throw .failure("memory is not available to this agent") }
        return memory
    }

    /// Throws the denial as the tool's error output when there is one.
    func require(_ denial: PermissionDenial?) throws(ToolOutput) {
        if let denial { throw .failure(denial.description) }
    }
}
