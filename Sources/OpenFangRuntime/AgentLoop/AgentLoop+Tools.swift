import OpenFangMemory
import OpenFangTypes

extension AgentLoop {
    /// The tool-use branch: the assistant message is stored, each call passes the loop guard,
    /// runs under its time limit, is truncated to its share of the context and journaled; the
    /// results go back as one user message.
    func runTools(_ response: CompletionResponse, state: inout TurnState, events: EventSink?) async throws {
        let assistant = Message(role: .assistant, content: .blocks(response.content), providerMessageID: response.providerMessageID)
        state.messages.append(assistant)
        try await environment.memory.append([assistant], to: state.sessionID)
        if !response.text.isEmpty { state.toolIterationText += (state.toolIterationText.isEmpty ? "" : "\n") + response.text }
        var results: [ContentBlock] = []
        var seen: Set<ToolCallID> = []
        var failures = 0
        var approvalDenied = false
        for call in response.toolCalls where seen.insert(call.id).inserted {
            let output: ToolOutput
            switch state.loopGuard.check(tool: call.name, arguments: call.input) {
            case .circuitBreak(let reason):
                results.append(.toolResult(toolUseID: call.id, toolName: call.name, content: reason, isError: true))
                try await storeResults(results, state: &state)
                try await note(state, ["loop_guard": .string("circuit_break"), "reason": .string(reason)])
                throw AgentLoopError.circuitBreak(reason)
            case .block(let reason):
                try await note(state, ["loop_guard": .string("block"), "tool": .string(call.name), "reason": .string(reason)])
                output = .failure(reason)
            case .warn(let warning):
                var ran = try await execute(call, state: &state, events: events)
                ran.content += "\n\n" + warning
                output = ran
            case .allow:
                output = try await execute(call, state: &state, events: events)
            }
            if output.isError { failures += 1 }
            if output.content.hasPrefix("Execution denied:") { approvalDenied = true }
            results.append(.toolResult(toolUseID: call.id, toolName: call.name, content: output.content, isError: output.isError))
            await events?(.toolResult(id: call.id, name: call.name, preview: String(output.content.prefix(300)), isError: output.isError))
        }
        if approvalDenied {
            results.append(.text("[System: a tool needing human approval was denied. Do not retry it; explain what you wanted to do. The user can allow it with auto_approve.]"))
        }
        if failures > 0 {
            results.append(.text("[System: \(failures) tool call(s) returned errors. Read them, fix the arguments or try another way, and do NOT claim results you did not get.]"))
        }
        try await storeResults(results, state: &state)
    }

    /// Appends the results message to the request history and the stored session.
    private func storeResults(_ results: [ContentBlock], state: inout TurnState) async throws {
        let message = Message(role: .user, content: .blocks(results))
        state.messages.append(message)
        try await environment.memory.append([message], to: state.sessionID)
    }

    /// Runs one call under its time limit, journaled before and after.
    private func execute(_ call: (id: ToolCallID, name: String, input: JSONValue), state: inout TurnState, events: EventSink?) async throws -> ToolOutput {
        let store = environment.memory
        try await store.appendStep(to: state.runID, kind: .toolCall, payload: .object(["id": .string(call.id.rawValue), "name": .string(call.name), "input": call.input]))
        await events?(.phase(.toolUse(call.name)))
        let context = ToolContext(
            agentID: configuration.agentID, agentName: configuration.agentName, sessionID: state.sessionID, callID: call.id, workspace: configuration.workspace,
            permissions: configuration.permissions, memory: store, kernel: environment.kernel, depth: state.depth)
        let limit = configuration.timeout(for: environment.tools.resolve(call.name) ?? call.name)
        let started = ContinuousClock.now
        var output = await ToolTimeout.run(limit: limit, clock: environment.clock) { [tools = environment.tools] in
            await tools.call(call.name, arguments: call.input, context: context)
        } ?? .failure("\(call.name) timed out after \(limit.spoken) and was cancelled; try a smaller step")
        let elapsed = started.duration(to: .now)
        state.executedTools.append(ExecutedTool(id: call.id, name: call.name))
        state.loopGuard.recordOutcome(tool: call.name, arguments: call.input, result: output.content)
        let full = output.content.count
        output.content = ToolResultTruncation.truncate(output.content, contextWindow: configuration.contextWindow)
        try await store.appendStep(
            to: state.runID, kind: .toolResult,
            payload: .object([
                "id": .string(call.id.rawValue), "name": .string(call.name), "is_error": .bool(output.isError), "characters": .integer(Int64(full)),
                "content": .string(String(output.content.prefix(2_000))), "milliseconds": .integer(elapsed.milliseconds),
            ]))
        return output
    }
}
