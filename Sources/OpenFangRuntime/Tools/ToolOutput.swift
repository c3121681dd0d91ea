/// What a tool returns to the model.
public struct ToolOutput: Error, Sendable, Equatable {
    /// The text the model sees.
    public var content: String
    /// Whether it is an error (the model is told the call failed).
    public var isError: Bool

    /// A successful result.
    public static func success(_ content: String) -> ToolOutput { ToolOutput(content: content, isError: false) }
    /// A failed call, with what to do about it.
    public static func failure(_ content: String) -> ToolOutput { ToolOutput(content: content, isError: true) }
}
