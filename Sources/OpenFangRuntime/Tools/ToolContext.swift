import OpenFangTypes

/// Who is calling a tool, and where.
public struct ToolContext: Sendable {
    /// The calling agent.
    public var agentID: AgentID
    /// The agent's session.
    public var sessionID: SessionID?
    /// The id the model gave this call.
    public var callID: ToolCallID
    /// The agent's workspace; file tools refuse to work without one.
    public var workspace: WorkspaceSandbox?

    /// Creates a context.
    public init(agentID: AgentID, sessionID: SessionID? = nil, callID: ToolCallID, workspace: WorkspaceSandbox? = nil) {
        self.agentID = agentID
        self.sessionID = sessionID
        self.callID = callID
        self.workspace = workspace
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
}
