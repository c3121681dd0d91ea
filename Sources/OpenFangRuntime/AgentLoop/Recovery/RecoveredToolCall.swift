import OpenFangTypes

/// A tool call found in a model's text.
public struct RecoveredToolCall: Sendable, Equatable {
    /// The canonical tool name.
    public var name: String
    /// The arguments.
    public var input: JSONValue

    /// Creates a call.
    public init(name: String, input: JSONValue) {
        self.name = name
        self.input = input
    }
}
