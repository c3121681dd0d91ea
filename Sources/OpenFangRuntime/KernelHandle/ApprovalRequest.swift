import OpenFangTypes

/// A tool call waiting for a human's decision.
public struct ApprovalRequest: Sendable, Hashable {
    /// The agent asking.
    public var agentID: AgentID
    /// The tool.
    public var tool: String
    /// The arguments, as the model gave them.
    public var arguments: JSONValue
    /// A one-line summary for the person deciding (`shell_exec: git push`).
    public var summary: String

    /// Creates a request.
    public init(agentID: AgentID, tool: String, arguments: JSONValue, summary: String) {
        self.agentID = agentID
        self.tool = tool
        self.arguments = arguments
        self.summary = summary
    }
}
