import OpenFangTypes

/// OpenFang's token estimate: characters / 4, plus 16 per message, plus the tool schemas.
public enum ContextEstimate {
    /// Estimated input tokens of a request.
    public static func tokens(messages: [Message], system: String, tools: [ToolDefinition]) -> Int {
        let messageTokens = messages.reduce(0) { $0 + tokens(of: $1) }
        let toolTokens = tools.reduce(0) { $0 + ($1.name.count + $1.description.count + $1.inputSchema.value.compactJSON.count) / 4 }
        return messageTokens + toolTokens + system.count / 4
    }

    /// Estimated tokens of one message.
    static func tokens(of message: Message) -> Int {
        16 + message.content.blocks.reduce(0) { $0 + $1.estimatedCharacters } / 4
    }
}
