import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

/// One agent's turn: recall, session load and repair, compaction, then model calls and tool calls
/// until the model answers (inventory §5), every step journaled as it happens. A value: the agent's
/// settings plus an environment of injected dependencies.
public struct AgentLoop: Sendable {
    /// Receives progress while a turn runs.
    public typealias EventSink = @Sendable (LoopEvent) async -> Void

    /// Outside dependencies.
    public let environment: Environment
    /// The agent's settings.
    public let configuration: Configuration

    /// Creates a loop.
    public init(environment: Environment, configuration: Configuration) {
        self.environment = environment
        self.configuration = configuration
    }

    /// Runs one turn on `session`; with `events`, the model is streamed and progress reported.
    public func run(_ turn: UserTurn, session sessionID: SessionID, events: EventSink? = nil) async throws -> TurnResult {
        let store = environment.memory
        let run = try await store.beginRun(agent: configuration.agentID, session: sessionID)
        do {
            var state = try await prepare(turn, session: sessionID, run: run.id, events: events)
            let result = try await iterate(&state, events: events)
            try await store.endRun(run.id, status: .completed, error: nil, attribution: state.attribution.json)
            await events?(.phase(.done))
            return result
        } catch {
            // A cancelled turn (shutdown, the watchdog) is interrupted, not failed: its session is intact.
            let cancelled = Task.isCancelled || error is CancellationError
            let reason = cancelled ? "the turn was cancelled before it finished" : (error as? AgentLoopError)?.description ?? "\(error)"
            _ = try? await store.appendStep(to: run.id, kind: .error, payload: .object(["error": .string(reason)]))
            try? await store.endRun(run.id, status: cancelled ? .interrupted : .failed, error: reason, attribution: nil)
            throw cancelled ? CancellationError() : error
        }
    }

    /// Setup once per message: compaction, recall, the user message, repair and trim.
    func prepare(_ turn: UserTurn, session sessionID: SessionID, run: RunID, events: EventSink?) async throws -> TurnState {
        let store = environment.memory
        guard var session = try await store.session(sessionID) else { throw AgentLoopError.sessionNotFound(sessionID) }
        if SessionCompactor.shouldCompact(session.messages, policy: configuration.compaction, contextWindow: configuration.contextWindow) {
            await events?(.phase(.compacting))
            let compactor = SessionCompactor(driver: environment.driver, model: configuration.model, policy: configuration.compaction)
            session = try await compactor.compact(session, store: store, run: run)
        }
        let memorySection = await recall(turn.text)
        let user = Message(role: .user, content: turn.images.isEmpty ? .text(turn.text) : .blocks([.text(turn.text)] + turn.images))
        try await store.append([Self.stripImages(user)], to: sessionID)
        var history = SessionRepair.repair(SessionRepair.pruneHeartbeatTurns(session.messages, keep: 10) + [user])
        if history.count > configuration.maxHistoryMessages {
            history = SessionRepair.repair(Array(history.suffix(configuration.maxHistoryMessages)))
        }
        history = SessionRepair.ensureStartsWithUser(history)
        if let summary = session.record.compactedSummary, !summary.isEmpty {
            history.insert(.user("[Summary of the earlier conversation]\n\(summary)"), at: 0)
            history = SessionRepair.repair(history)
        }
        let tools = environment.tools.definitions(for: configuration.permissions)
        let system = SystemPromptBuilder(configuration: configuration, now: environment.now()).build(tools: tools, sender: turn.sender)
        return TurnState(
            runID: run, sessionID: sessionID, userText: turn.text, messages: history, system: system, memorySection: memorySection, tools: tools, toolTokens: ContextEstimate.toolTokens(tools),
            loopGuard: LoopGuard(configuration: configuration.loopGuard), depth: turn.depth)
    }

    /// The model/tool iterations until the model answers.
    func iterate(_ state: inout TurnState, events: EventSink?) async throws -> TurnResult {
        while state.iterations < configuration.maxIterations {
            environment.progress()
            try await fitContext(&state)
            var response = try await callModel(&state, events: events)
            environment.progress()
            if response.toolCalls.isEmpty, response.stopReason == .endTurn || response.stopReason == .stopSequence {
                response = recoverTextToolCalls(response, state: state)
                if !response.toolCalls.isEmpty {
                    try await note(state, ["recovered_text_tool_calls": .array(response.toolCalls.map { .string($0.name) })])
                }
            }
            switch response.stopReason {
            case .toolUse where !response.toolCalls.isEmpty:
                state.continuations = 0
                try await runTools(response, state: &state, events: events)
                environment.progress()
            case .maxTokens:
                if let result = try await continueAfterMaxTokens(response, state: &state) { return result }
            default:
                if let result = try await finish(response, state: &state) { return result }
            }
        }
        try await note(state, ["max_iterations": .integer(Int64(configuration.maxIterations))])
        throw AgentLoopError.maxIterationsExceeded(configuration.maxIterations)
    }

    /// Memories relevant to `text`, as a prompt section (empty when none).
    func recall(_ text: String) async -> String {
        guard configuration.recallLimit > 0, !text.isEmpty else { return "" }
        let hits = (try? await environment.memory.recall(
            text, limit: configuration.recallLimit, filter: RecallFilter(agentID: configuration.agentID), embedder: environment.embedder)) ?? []
        guard !hits.isEmpty else { return "" }
        return "## Memory\nThings you remember that may be relevant:\n" + hits.map { "- \($0.fragment.content)" }.joined(separator: "\n")
    }

    /// Appends a `note` step to the journal.
    func note(_ state: TurnState, _ payload: [String: JSONValue]) async throws {
        try await environment.memory.appendStep(to: state.runID, kind: .note, payload: .object(payload))
    }

    /// Images in stored sessions become a placeholder (base64 bloats every later request).
    static func stripImages(_ message: Message) -> Message {
        guard case .blocks(let blocks) = message.content, blocks.contains(where: { if case .image = $0 { true } else { false } }) else { return message }
        var copy = message
        copy.content = .blocks(blocks.map { if case .image = $0 { .text("[Image processed]") } else { $0 } })
        return copy
    }
}
