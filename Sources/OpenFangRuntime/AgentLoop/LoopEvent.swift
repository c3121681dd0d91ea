import OpenFangTypes

/// What a streaming caller sees while a turn runs.
public enum LoopEvent: Sendable, Hashable {
    /// An event from the model's stream (text, thinking, tool-call pieces, completion).
    case model(StreamEvent)
    /// The loop moved to another phase.
    case phase(LoopPhase)
    /// A tool finished; `preview` is the start of its result.
    case toolResult(id: ToolCallID, name: String, preview: String, isError: Bool)
}
