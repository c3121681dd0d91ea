import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

extension AgentLoop {
    /// Stored when the agent chose silence.
    static let silentMarker = "[no reply needed]"

    /// The end-turn branch: directives and silence, the empty-response retry, the phantom-action
    /// check, then the reply is stored and remembered. Nil means "loop again".
    func finish(_ response: CompletionResponse, state: inout TurnState) async throws -> TurnResult? {
        let parsed = ReplyDirectives.parse(response.text)
        let text = parsed.text.trimmed()
        if parsed.directives.silent {
            try await store(Message.assistant(Self.silentMarker), state: state)
            return result("", silent: true, directives: parsed.directives, state: state)
        }
        let thinking = response.content.filter { if case .thinking = $0 { true } else if case .redactedThinking = $0 { true } else { false } }
        if text.isEmpty, state.continuedText.isEmpty {
            if !state.retriedEmpty, state.iterations == 1 || response.usage.totalTokens == 0 {
                state.retriedEmpty = true
                state.messages = SessionRepair.repair(state.messages + [.assistant("[no response]"), .user("Please provide your response.")])
                try await note(state, ["empty_response": .string("retrying once")])
                return nil
            }
            let fallback = state.toolIterationText.isEmpty
                ? (state.toolCalls > 0
                    ? "[Task completed — the agent executed tools but did not produce a text summary.]"
                    : "[The model returned an empty response. Try rephrasing, or check the model and provider.]")
                : state.toolIterationText
            try await store(Message(role: .assistant, content: .blocks(thinking + [.text(fallback)])), state: state)
            return result(fallback, silent: false, directives: parsed.directives, state: state)
        }
        if !state.nudged, state.toolCalls == 0, !state.tools.isEmpty, PhantomActionCheck.claimsAction(text) {
            state.nudged = true
            state.messages.append(.assistant(text))
            state.messages.append(
                .user("[System: You said you sent or posted something, but you called no tool, so nothing was sent. Use a tool to do it, or tell the user plainly that you did not.]"))
            try await note(state, ["phantom_action": .string(String(text.prefix(300)))])
            return nil
        }
        let reply = state.continuedText.isEmpty ? text : state.continuedText + text
        try await store(Message(role: .assistant, content: .blocks(thinking + [.text(reply)]), providerMessageID: response.providerMessageID), state: state)
        if configuration.rememberTurns {
            _ = try? await environment.memory.remember(
                NewFragment(agentID: configuration.agentID, content: "User asked: \(state.userText)\nI responded: \(reply)", source: "conversation"))
        }
        return result(reply, silent: false, directives: parsed.directives, state: state)
    }

    /// The max-token branch: ask for the rest, up to the continuation limit; then return what
    /// there is. Nil means "loop again".
    func continueAfterMaxTokens(_ response: CompletionResponse, state: inout TurnState) async throws -> TurnResult? {
        state.continuations += 1
        state.continuedText += response.text
        if state.continuations > configuration.maxContinuations {
            let partial = state.continuedText.isEmpty ? "[Partial response — token limit reached with no text.]" : state.continuedText
            try await store(.assistant(partial), state: state)
            try await note(state, ["max_tokens": .string("gave up after \(configuration.maxContinuations) continuations")])
            return result(partial, silent: false, directives: ReplyDirectives.parse("").directives, state: state)
        }
        state.messages.append(Message(role: .assistant, content: .blocks(response.content.filter { if case .toolUse = $0 { false } else { true } })))
        state.messages.append(.user("Please continue."))
        state.messages = SessionRepair.repair(state.messages)
        try await note(state, ["max_tokens": .string("continuation \(state.continuations)")])
        return nil
    }

    /// Stores the final assistant message in the session.
    private func store(_ message: Message, state: TurnState) async throws {
        try await environment.memory.append([message], to: state.sessionID)
    }

    private func result(_ response: String, silent: Bool, directives: ReplyDirectives, state: TurnState) -> TurnResult {
        TurnResult(
            response: response, silent: silent, directives: directives, usage: state.usage, iterations: state.iterations, toolCalls: state.toolCalls, executedTools: state.executedTools,
            runID: state.runID, attribution: state.attribution)
    }
}
