import OpenFangMemory
import OpenFangTypes

/// Everything one turn accumulates while it runs.
struct TurnState: Sendable {
    /// The journaled run.
    var runID: RunID
    /// The session being worked on.
    var sessionID: SessionID
    /// The user's message this turn answers.
    var userText: String
    /// The messages sent to the model (trimmed history plus this turn's messages).
    var messages: [Message]
    /// The system prompt without memory.
    var system: String
    /// The recalled-memory section.
    var memorySection: String
    /// Tools offered.
    var tools: [ToolDefinition]
    /// Their estimated tokens (encoding schemas is not free, so once per turn).
    var toolTokens: Int
    /// Tokens used.
    var usage = TokenUsage()
    /// LLM calls made.
    var iterations = 0
    /// Tool calls executed, in order.
    var executedTools: [ExecutedTool] = []
    /// How many.
    var toolCalls: Int { executedTools.count }
    /// Consecutive max-token stops.
    var continuations = 0
    /// Text of replies cut by the token limit, waiting for the rest.
    var continuedText = ""
    /// Text the model wrote alongside tool calls.
    var toolIterationText = ""
    /// Whether the empty-response retry was used.
    var retriedEmpty = false
    /// Whether the phantom-action nudge was used.
    var nudged = false
    /// Repeated-call detection.
    var loopGuard: LoopGuard
    /// Where the input tokens went.
    var attribution = TokenAttribution()
    /// How many `agent_send` hops led here.
    var depth: Int

    /// The full system prompt sent to the model.
    var fullSystem: String { memorySection.isEmpty ? system : system + "\n\n" + memorySection }
}
