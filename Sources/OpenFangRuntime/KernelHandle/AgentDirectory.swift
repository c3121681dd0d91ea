import OpenFangTypes

/// The kernel's agent registry as the agent tools see it (`agent_send|spawn|list|kill|find`).
public protocol AgentDirectory: Sendable {
    /// The agent a name or id refers to.
    func agent(named nameOrID: String) async -> AgentSummary?
    /// Every agent.
    func agents() async -> [AgentSummary]
    /// Spawns a child of `parent` from a manifest (and its `agent.toml` text) whose permissions the
    /// runtime already checked.
    func spawn(_ manifest: AgentManifest, source: String, parent: AgentID) async throws -> AgentSummary
    /// Runs `message` through `agent`'s loop and returns its reply; `depth` counts nested sends.
    func send(_ message: String, to agent: AgentID, from sender: AgentID, depth: Int) async throws -> String
    /// Stops an agent.
    func kill(_ agent: AgentID, by caller: AgentID) async throws
}
