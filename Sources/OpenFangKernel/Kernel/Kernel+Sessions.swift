import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel {
    /// Compacts an agent's canonical session now (between its turns, with its own model): older
    /// messages become a summary, recent ones are kept. Returns the message count before and the
    /// session as stored after; audited.
    public func compactSession(of nameOrID: String) async throws -> (before: Int, session: Session) {
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        let (agentLoop, _) = try loop(for: agent)
        let (store, id) = (self.store, agent.record.id)
        let result = try await mailbox(for: id).run { () async throws -> (Int, Session?) in
            let session = try await store.canonicalSession(for: id)
            return (session.messageCount, try await agentLoop.compactNow(session.id))
        }
        guard let session = result.1 else { throw KernelError.turnFailed(agent: agent.record.name, reason: "its session vanished while it was compacted") }
        try await store.appendAudit(AuditEntry(
            actor: "user", action: "session.compact", subject: "agent:\(id)",
            detail: .object(["session": .string(session.record.id.description), "before": .integer(Int64(result.0)), "after": .integer(Int64(session.messages.count))])))
        return (result.0, session)
    }

    /// The `agent.toml` text an agent runs with, as stored (nil for an unknown agent).
    public func manifestSource(of nameOrID: String) -> String? { find(nameOrID)?.record.manifest }
}
