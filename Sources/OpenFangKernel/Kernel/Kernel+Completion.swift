import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel {
    /// The label of the ephemeral sessions ``complete(agent:history:as:events:)`` runs in (seen
    /// only while a completion runs, or after a crash mid-turn).
    public static let completionSessionLabel = "openai-completion (ephemeral)"

    /// Runs ONE turn of an agent on a conversation the caller supplies (the OpenAI-compatible
    /// API), with the same checks, mailbox order, watchdog, usage, audit and events as `send`.
    /// The conversation is honoured whole: system messages are added to the agent's system prompt
    /// for this turn ("Instructions from the caller", after the agent's own identity); the
    /// messages before the last user message are seeded into a fresh session labelled
    /// ``completionSessionLabel``; the last user message is the turn. The session is deleted
    /// afterwards, whether the turn succeeded or not; the agent's canonical session is untouched.
    /// Throws ``CompletionError`` (before any check) when the last message is not a user's.
    public func complete(
        agent nameOrID: String, history: [Message], as caller: Caller = .local, events: AgentLoop.EventSink? = nil
    ) async throws -> TurnResult {
        let conversation = try CompletionHistory(history)
        var prepared = try await prepareTurn(for: nameOrID, as: caller)
        prepared.addInstructions(conversation.instructions)
        let session = try await store.createSession(for: prepared.agent.record.id, label: Self.completionSessionLabel).id
        do {
            if !conversation.earlier.isEmpty { try await store.append(conversation.earlier, to: session) }
            let result = try await execute(conversation.turn, prepared, session: session, sender: nil, events: events)
            try await store.deleteSession(session)
            return result
        } catch {
            _ = try? await store.deleteSession(session)
            throw error
        }
    }

    /// The agents a completion can be asked of (every agent not terminated), oldest first.
    public func completionModels() -> [CompletionModel] {
        agents.values.filter { $0.state != .terminated }.sorted { $0.record.createdAt < $1.record.createdAt }
            .map { CompletionModel(id: $0.record.id, name: $0.record.name, created: $0.record.createdAt) }
    }
}
