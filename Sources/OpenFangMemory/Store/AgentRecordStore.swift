import OpenFangTypes

/// The agent registry's durable half: agents survive restarts with the same ids.
public protocol AgentRecordStore: Sendable {
    /// Inserts or replaces an agent (names are unique).
    func saveAgent(_ record: AgentRecord) async throws
    /// Every registered agent, oldest first.
    func agentRecords() async throws -> [AgentRecord]
    /// Changes an agent's state.
    func setAgentState(_ state: String, of agent: AgentID) async throws
    /// Removes an agent's record; returns whether it existed.
    func deleteAgentRecord(_ agent: AgentID) async throws -> Bool
}
