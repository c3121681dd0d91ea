import OpenFangTypes

/// Who is calling a tool, and where.
public struct ToolContext: Sendable {
    /// The calling agent.
    public var agentID: AgentID
    /// The agent's session.
    public var sessionID: SessionID?
    /// The id the model gave this call.
    public var callID: ToolCallID

    /// Creates a context.
    public init(agentID: AgentID, sessionID: SessionID? = nil, callID: ToolCallID) {
        self.agentID = agentID
        self.sessionID = sessionID
        self.callID = callID
    }
}
