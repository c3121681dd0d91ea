import OpenFangTypes

/// Keeps tool output from crowding out the conversation: when all tool-result text exceeds 75 %
/// of the window (2 characters per token), the oldest results are shortened first.
public enum ContextGuard {
    /// The messages with older tool results shortened as needed.
    public static func compactToolResults(_ messages: [Message], contextWindow: Int) -> [Message] {
        let budget = contextWindow * 3 / 4 * 2
        var total = messages.reduce(0) { sum, message in
            sum + message.content.blocks.reduce(0) { if case .toolResult(_, _, let content, _) = $1 { $0 + content.count } else { $0 } }
        }
        guard total > budget else { return messages }
        var result = messages
        for index in result.indices where total > budget {
            guard case .blocks(var blocks) = result[index].content else { continue }
            for blockIndex in blocks.indices where total > budget {
                guard case .toolResult(let id, let name, let content, let isError) = blocks[blockIndex], content.count > 500 else { continue }
                let short = ToolResultTruncation.cut(content, to: 500)
                total -= content.count - short.count
                blocks[blockIndex] = .toolResult(toolUseID: id, toolName: name, content: short, isError: isError)
            }
            result[index].content = .blocks(blocks)
        }
        return result
    }
}
