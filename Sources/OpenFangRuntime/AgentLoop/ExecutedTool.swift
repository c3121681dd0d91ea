import OpenFangTypes

/// A tool call a turn executed.
public struct ExecutedTool: Sendable, Hashable {
    /// The model's id for the call.
    public var id: ToolCallID
    /// The tool.
    public var name: String
}
