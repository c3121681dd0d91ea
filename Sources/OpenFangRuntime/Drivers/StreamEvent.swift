import OpenFangTypes

/// One event of a streamed completion, in the order the provider produced it.
public enum StreamEvent: Sendable, Hashable {
    /// More reply text.
    case textDelta(String)
    /// More visible reasoning.
    case thinkingDelta(String)
    /// A tool call begins.
    case toolUseStart(id: ToolCallID, name: String)
    /// More of a tool call's JSON arguments.
    case toolInputDelta(id: ToolCallID, json: String)
    /// A tool call is complete, its arguments parsed.
    case toolUseEnd(id: ToolCallID, name: String, input: JSONValue)
    /// The answer is complete: every block, why it stopped, and the tokens used.
    case contentComplete(CompletionResponse)
}
