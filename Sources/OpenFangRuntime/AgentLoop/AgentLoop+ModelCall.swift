import OpenFangMemory
import OpenFangTypes

extension AgentLoop {
    /// One model call: journaled before and after, streamed when someone listens, usage and
    /// attribution accumulated.
    func callModel(_ state: inout TurnState, events: EventSink?) async throws -> CompletionResponse {
        let request = CompletionRequest(
            model: configuration.model, system: state.fullSystem, messages: state.messages, tools: state.tools, maxTokens: configuration.maxTokens,
            temperature: configuration.temperature, thinkingBudget: configuration.thinkingBudget)
        state.iterations += 1
        state.attribution.add(system: state.system, memory: state.memorySection, toolTokens: state.toolTokens, messages: state.messages)
        try await environment.memory.appendStep(
            to: state.runID, kind: .llmRequest,
            payload: .object([
                "iteration": .integer(Int64(state.iterations)), "model": .string(request.model), "messages": .integer(Int64(request.messages.count)),
                "tools": .integer(Int64(request.tools.count)),
                "estimated_input_tokens": .integer(Int64(ContextEstimate.tokens(messages: request.messages, system: state.fullSystem, toolTokens: state.toolTokens))),
            ]))
        await events?(.phase(.thinking))
        let response: CompletionResponse
        do {
            if let events {
                response = try await stream(request, to: events)
            } else {
                response = try await environment.driver.complete(request)
            }
        } catch {
            throw AgentLoopError.llm(error as? LLMError ?? .connection("\(error)"))
        }
        state.usage = state.usage + response.usage
        state.attribution.providerInput += response.usage.inputTokens
        state.attribution.providerOutput += response.usage.outputTokens
        try await environment.memory.appendStep(
            to: state.runID, kind: .llmResponse,
            payload: .object([
                "stop_reason": .string(response.stopReason.rawValue), "input_tokens": .integer(Int64(response.usage.inputTokens)),
                "output_tokens": .integer(Int64(response.usage.outputTokens)), "text": .string(String(response.text.prefix(2_000))),
                "tool_calls": .array(response.toolCalls.map { .object(["id": .string($0.id.rawValue), "name": .string($0.name)]) }),
            ]))
        return response
    }

    /// Streams the request, forwarding each event, and returns the completed response.
    private func stream(_ request: CompletionRequest, to events: EventSink) async throws -> CompletionResponse {
        var completed: CompletionResponse?
        for try await event in environment.driver.stream(request) {
            await events(.model(event))
            if case .contentComplete(let response) = event { completed = response }
        }
        guard let completed else { throw AgentLoopError.llm(.malformedResponse("the stream ended without a complete response")) }
        return completed
    }

    /// Tool calls the model wrote as text become real calls (stop reason `tool_use`).
    func recoverTextToolCalls(_ response: CompletionResponse, state: TurnState) -> CompletionResponse {
        let available = Set(state.tools.map(\.name))
        let recovered = TextToolCallRecovery.recover(from: response.text, availableTools: available)
        guard !recovered.calls.isEmpty else { return response }
        var content: [ContentBlock] = recovered.remainingText.isEmpty ? [] : [.text(recovered.remainingText)]
        for (index, call) in recovered.calls.enumerated() {
            content.append(.toolUse(id: ToolCallID("recovered_\(state.iterations)_\(index)"), name: call.name, input: call.input))
        }
        var copy = response
        copy.content = response.content.filter { if case .text = $0 { false } else { true } } + content
        copy.stopReason = .toolUse
        return copy
    }
}
