import OpenFangTypes

/// Conversations, message by message, exactly as they were (thinking signatures included).
public protocol SessionStore: Sendable {
    /// Creates an empty session.
    func createSession(for agent: AgentID, label: String?) async throws -> SessionRecord
    /// The agent's canonical cross-channel session, created on first use.
    func canonicalSession(for agent: AgentID) async throws -> SessionRecord
    /// A session with its messages.
    func session(_ id: SessionID) async throws -> Session?
    /// Appends messages in order (one transaction).
    func append(_ messages: [Message], to session: SessionID) async throws
    /// Replaces a session's messages (after compaction), in one transaction.
    func replaceMessages(of session: SessionID, with messages: [Message], summary: String?) async throws
    /// Sessions, newest first, of one agent or all.
    func sessions(of agent: AgentID?) async throws -> [SessionRecord]
    /// Sets or clears a session's label.
    func setLabel(_ label: String?, of session: SessionID) async throws
    /// Deletes a session and its messages; false when it was not there.
    @discardableResult
    func deleteSession(_ id: SessionID) async throws -> Bool
}
