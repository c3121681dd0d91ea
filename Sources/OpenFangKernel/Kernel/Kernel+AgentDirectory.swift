import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel: AgentDirectory {
    public func agent(named nameOrID: String) async -> AgentSummary? { summary(of: nameOrID) }

    public func agents() async -> [AgentSummary] { summaries() }

    public func spawn(_ manifest: AgentManifest, source: String, parent: AgentID) async throws -> AgentSummary {
        try await spawn(source: source, file: "agent_spawn", parent: parent)
    }

    public func send(_ message: String, to agent: AgentID, from sender: AgentID, depth: Int) async throws -> String {
        let senderName = find(sender.description)?.record.name ?? sender.description
        return try await send(message, to: agent.description, sender: senderName, depth: depth).response
    }

    public func kill(_ agent: AgentID, by caller: AgentID) async throws {
        try await setState(.terminated, of: agent.description)
    }
}
