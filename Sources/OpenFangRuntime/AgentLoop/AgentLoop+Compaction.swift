import OpenFangMemory
import OpenFangTypes

extension AgentLoop {
    /// Compacts `sessionID` now, whatever its size, with this loop's model, journaled in a run of
    /// its own (so `SessionCompactor.restore` can undo it); returns the session as stored, or nil
    /// when there is no such session.
    public func compactNow(_ sessionID: SessionID) async throws -> Session? {
        let store = environment.memory
        guard let session = try await store.session(sessionID) else { return nil }
        let run = try await store.beginRun(agent: configuration.agentID, session: sessionID)
        do {
            let compactor = SessionCompactor(driver: environment.driver, model: configuration.model, policy: configuration.compaction)
            let compacted = try await compactor.compact(session, store: store, run: run.id)
            try await store.endRun(run.id, status: .completed, error: nil, attribution: nil)
            return compacted
        } catch {
            try? await store.endRun(run.id, status: .failed, error: "\(error)", attribution: nil)
            throw error
        }
    }
}
