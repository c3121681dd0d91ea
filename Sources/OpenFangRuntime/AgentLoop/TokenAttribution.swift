import OpenFangTypes

/// Where a turn's input tokens went, estimated per part of every request (chars/4), beside what
/// the provider reported — the answer to "why was this turn expensive".
public struct TokenAttribution: Sendable, Hashable, Codable {
    /// The system prompt without recalled memory.
    public var systemPrompt = 0
    /// Tool definitions offered to the model.
    public var toolSchemas = 0
    /// Conversation messages (without tool results).
    public var history = 0
    /// Memory recalled into the prompt.
    public var recalledMemory = 0
    /// Tool results sent back to the model.
    public var toolResults = 0
    /// Input tokens the provider counted.
    public var providerInput = 0
    /// Output tokens the provider counted.
    public var providerOutput = 0
    /// LLM calls.
    public var llmCalls = 0

    enum CodingKeys: String, CodingKey {
        case history
        case systemPrompt = "system_prompt"
        case toolSchemas = "tool_schemas"
        case recalledMemory = "recalled_memory"
        case toolResults = "tool_results"
        case providerInput = "provider_input_tokens"
        case providerOutput = "provider_output_tokens"
        case llmCalls = "llm_calls"
    }

    /// Creates an empty attribution.
    public init() {}

    /// The estimated input, all parts together.
    public var estimatedInput: Int { systemPrompt + toolSchemas + history + recalledMemory + toolResults }

    /// Adds one request's parts.
    mutating func add(system: String, memory: String, toolTokens: Int, messages: [Message]) {
        llmCalls += 1
        systemPrompt += system.count / 4
        recalledMemory += memory.count / 4
        toolSchemas += toolTokens
        for message in messages {
            var other = 16
            for block in message.content.blocks {
                if case .toolResult(_, _, let content, _) = block {
                    toolResults += content.count / 4
                } else {
                    other += block.estimatedCharacters / 4
                }
            }
            history += other
        }
    }

    /// As JSON for the run journal.
    var json: JSONValue {
        .object([
            "system_prompt": .integer(Int64(systemPrompt)), "tool_schemas": .integer(Int64(toolSchemas)), "history": .integer(Int64(history)),
            "recalled_memory": .integer(Int64(recalledMemory)), "tool_results": .integer(Int64(toolResults)),
            "estimated_input_tokens": .integer(Int64(estimatedInput)), "provider_input_tokens": .integer(Int64(providerInput)),
            "provider_output_tokens": .integer(Int64(providerOutput)), "llm_calls": .integer(Int64(llmCalls)),
        ])
    }
}
