import OpenFangTypes

/// OpenFang's overflow stages, run before every model call: up to 70 % of the window nothing;
/// up to 90 % only the last 10 messages; beyond, the last 4 and a note; if still over the window,
/// every historical tool result cut to 2,000 characters. A tool result is never separated from
/// the tool call it answers.
public enum ContextOverflow {
    /// The fitted messages, the stage reached, and how many messages were removed.
    public static func recover(_ messages: [Message], system: String, tools: [ToolDefinition], contextWindow: Int) -> (
        messages: [Message], stage: OverflowStage, removed: Int
    ) {
        recover(messages, system: system, toolTokens: ContextEstimate.toolTokens(tools), contextWindow: contextWindow)
    }

    /// The same, with the tool schemas' estimate already computed.
    public static func recover(_ messages: [Message], system: String, toolTokens: Int, contextWindow: Int) -> (
        messages: [Message], stage: OverflowStage, removed: Int
    ) {
        let estimate = ContextEstimate.tokens(messages: messages, system: system, toolTokens: toolTokens)
        let window = Double(contextWindow)
        guard Double(estimate) > 0.7 * window else { return (messages, .none, 0) }
        var stage: OverflowStage = Double(estimate) <= 0.9 * window ? .keptLast10 : .keptLast4
        var kept = keepLast(stage == .keptLast10 ? 10 : 4, of: messages)
        let removed = messages.count - kept.count
        if stage == .keptLast4, removed > 0 {
            kept.insert(.user("[System: \(removed) earlier messages were removed to fit the context window. Ask the user if you need something from them.]"), at: 0)
        }
        if ContextEstimate.tokens(messages: kept, system: system, toolTokens: toolTokens) > contextWindow {
            kept = kept.enumerated().map { index, message in index == kept.count - 1 ? message : truncatingToolResults(message, to: 2_000) }
            stage = .truncatedToolResults
            if ContextEstimate.tokens(messages: kept, system: system, toolTokens: toolTokens) > contextWindow { stage = .stillOver }
        }
        if removed == 0, stage == .keptLast10 || stage == .keptLast4 { return (messages, .none, 0) }
        return (kept, stage, removed)
    }

    /// The last `count` messages, moved later so they do not start with orphaned tool results.
    static func keepLast(_ count: Int, of messages: [Message]) -> [Message] {
        guard messages.count > count else { return messages }
        var start = messages.count - count
        while start < messages.count - 1, messages[start].carriesToolResults { start += 1 }
        return Array(messages[start...])
    }

    /// `message` with each tool result cut to `limit` characters.
    static func truncatingToolResults(_ message: Message, to limit: Int) -> Message {
        guard case .blocks(let blocks) = message.content else { return message }
        var copy = message
        copy.content = .blocks(blocks.map { block in
            guard case .toolResult(let id, let name, let content, let isError) = block else { return block }
            return .toolResult(toolUseID: id, toolName: name, content: ToolResultTruncation.cut(content, to: limit), isError: isError)
        })
        return copy
    }
}
