/// What a journal step records.
public enum RunStepKind: String, Sendable, Hashable, Codable, CaseIterable {
    case llmRequest = "llm_request"
    case llmResponse = "llm_response"
    case toolCall = "tool_call"
    case toolResult = "tool_result"
    case error
    case note
}
