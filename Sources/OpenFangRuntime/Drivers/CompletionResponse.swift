import OpenFangTypes

/// A model's complete answer.
public struct CompletionResponse: Sendable, Hashable {
    /// Text, thinking and tool-use blocks, in order.
    public var content: [ContentBlock]
    /// Why it stopped.
    public var stopReason: StopReason
    /// Tokens used.
    public var usage: TokenUsage
    /// The provider's id for the response.
    public var providerMessageID: String?

    /// Creates a response.
    public init(content: [ContentBlock], stopReason: StopReason, usage: TokenUsage, providerMessageID: String? = nil) {
        self.content = content
        self.stopReason = stopReason
        self.usage = usage
        self.providerMessageID = providerMessageID
    }

    /// The tool calls in the answer.
    public var toolCalls: [(id: ToolCallID, name: String, input: JSONValue)] {
        content.compactMap {
            if case .toolUse(let id, let name, let input, _) = $0 { return (id, name, input) }
            return nil
        }
    }

    /// All text blocks joined.
    public var text: String { content.compactMap(\.text).joined() }
}
