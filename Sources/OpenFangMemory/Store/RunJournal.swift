import OpenFangTypes

/// Every run written as it happens: a row before work starts, steps as they occur, an end state.
public protocol RunJournal: Sendable {
    /// Starts a run (status `running`).
    func beginRun(agent: AgentID, session: SessionID?) async throws -> RunRecord
    /// Appends a step; returns its sequence number.
    @discardableResult
    func appendStep(to run: RunID, kind: RunStepKind, payload: JSONValue) async throws -> Int
    /// Ends a run as completed, failed or interrupted.
    func endRun(_ run: RunID, status: RunStatus, error: String?, attribution: JSONValue?) async throws
    /// A run and its steps.
    func run(_ id: RunID) async throws -> (record: RunRecord, steps: [RunStep])?
    /// Runs, newest first, optionally only one agent's.
    func runs(of agent: AgentID?, limit: Int) async throws -> [RunRecord]
    /// Runs a previous process left `running`, now marked `interrupted` (found when the store opened).
    var recoveredRuns: [RunRecord] { get async }
}
