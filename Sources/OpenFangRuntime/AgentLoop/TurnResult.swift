import OpenFangTypes

/// How a turn ended.
public struct TurnResult: Sendable, Hashable {
    /// The reply (directives removed; empty when silent).
    public var response: String
    /// Whether the agent chose not to reply (`NO_REPLY`, `[SILENT]`, `[[silent]]`).
    public var silent: Bool
    /// Reply directives found in the text.
    public var directives: ReplyDirectives
    /// Tokens used over every LLM call of the turn.
    public var usage: TokenUsage
    /// LLM calls made.
    public var iterations: Int
    /// Tool calls executed.
    public var toolCalls: Int
    /// The calls executed, in order: id and tool name.
    public var executedTools: [ExecutedTool]
    /// The journaled run.
    public var runID: RunID
    /// Where the input tokens went.
    public var attribution: TokenAttribution
}
