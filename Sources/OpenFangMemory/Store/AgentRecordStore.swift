import OpenFangTypes

/// The agent registry's durable half: agents survive restarts with the same ids.
public protocol AgentRecordStore: Sendable {
    /// Inserts or replaces an agent (names are unique).
    func saveAgent(_ record: AgentRecord) async throws
    /// Every registered agent, oldest first.
    func agentRecords() async throws -> [AgentRecord]
    /// Changes an agent's state; `resumeOnBoot` marks an agent a graceful shutdown suspended.
    func setAgentState(_ state: String, of agent: AgentID, resumeOnBoot: Bool) async throws
    /// Removes an agent's record; returns whether it existed.
    func deleteAgentRecord(_ agent: AgentID) async throws -> Bool
}

extension AgentRecordStore {
    /// Changes an agent's state (clearing any resume-on-boot mark).
    public func setAgentState(_ state: String, of agent: AgentID) async throws {
        try await setAgentState(state, of: agent, resumeOnBoot: false)
    }
}
