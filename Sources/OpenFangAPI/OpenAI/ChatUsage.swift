import OpenFangTypes

/// Tokens a completion used, in OpenAI's names (every model call of the agent's turn).
struct ChatUsage: Encodable, Sendable, Hashable {
    var promptTokens: Int
    var completionTokens: Int
    var totalTokens: Int

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
    }

    init(_ usage: TokenUsage) {
        promptTokens = usage.inputTokens
        completionTokens = usage.outputTokens
        totalTokens = usage.inputTokens + usage.outputTokens
    }
}
