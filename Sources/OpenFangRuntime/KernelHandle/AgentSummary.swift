import OpenFangTypes

/// What the agent tools learn about another agent.
public struct AgentSummary: Sendable, Hashable, Codable {
    /// Its id.
    public var id: AgentID
    /// Its name.
    public var name: String
    /// Its lifecycle state (`running`, `suspended`, …).
    public var state: String
    /// `provider/model`.
    public var model: String
    /// Its description.
    public var description: String
    /// Its tags.
    public var tags: [String]
    /// Its tools.
    public var tools: [String]

    /// Creates a summary.
    public init(id: AgentID, name: String, state: String, model: String, description: String = "", tags: [String] = [], tools: [String] = []) {
        self.id = id
        self.name = name
        self.state = state
        self.model = model
        self.description = description
        self.tags = tags
        self.tools = tools
    }
}
