import OpenFangTypes

/// OpenFang's token estimate: characters / 4, plus 16 per message, plus the tool schemas.
public enum ContextEstimate {
    /// Estimated input tokens of a request.
    public static func tokens(messages: [Message], system: String, tools: [ToolDefinition]) -> Int {
        tokens(messages: messages, system: system, toolTokens: toolTokens(tools))
    }

    /// Estimated input tokens when the tool schemas' share is already known.
    public static func tokens(messages: [Message], system: String, toolTokens: Int) -> Int {
        messages.reduce(0) { $0 + tokens(of: $1) } + toolTokens + system.count / 4
    }

    /// Estimated tokens of the tool definitions (computed once per turn: it encodes every schema).
    public static func toolTokens(_ tools: [ToolDefinition]) -> Int {
        tools.reduce(0) { $0 + ($1.name.count + $1.description.count + $1.inputSchema.value.compactJSON.count) / 4 }
    }

    /// Estimated tokens of one message.
    static func tokens(of message: Message) -> Int {
        16 + message.content.blocks.reduce(0) { $0 + $1.estimatedCharacters } / 4
    }
}
