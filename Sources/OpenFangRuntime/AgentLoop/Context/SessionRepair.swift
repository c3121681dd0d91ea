import OpenFangTypes

/// Makes a stored conversation valid for any provider before it is sent (inventory §5.4):
/// system and empty messages dropped; every tool result placed in the user message right after
/// the assistant message that called it, once per call (duplicates dropped, orphans dropped,
/// missing ones filled with an error result); aborted assistant messages dropped; consecutive
/// messages of one role merged.
public enum SessionRepair {
    /// Stands in for a result that was never recorded (a crash or cancellation mid-call).
    static let missingResult = "[No result was recorded for this tool call (interrupted). Call it again if you still need it.]"

    /// The repaired conversation.
    public static func repair(_ messages: [Message]) -> [Message] {
        let cleaned = mergeSameRole(messages.filter { $0.role != .system }.compactMap(withoutEmptyBlocks))
        return mergeSameRole(placeResults(cleaned).compactMap(withoutEmptyBlocks))
    }

    /// Drops leading messages until the first real user message (not tool results).
    public static func ensureStartsWithUser(_ messages: [Message]) -> [Message] {
        guard let first = messages.firstIndex(where: { $0.role == .user && !$0.carriesToolResults }) else { return [] }
        return Array(messages[first...])
    }

    /// Phases 1, 2, 2b–2d: results collected by call id (in order, per use of the id), removed
    /// from where they were, and put back right after their call; orphans go, gaps are filled.
    static func placeResults(_ messages: [Message]) -> [Message] {
        var pending: [ToolCallID: [ContentBlock]] = [:]
        var useCount: [ToolCallID: Int] = [:]
        for message in messages where message.role == .assistant {
            for case .toolUse(let id, _, _, _) in message.content.blocks { useCount[id, default: 0] += 1 }
        }
        for message in messages {
            for block in message.content.blocks {
                guard case .toolResult(let id, _, _, _) = block, let uses = useCount[id], pending[id, default: []].count < uses else { continue }
                pending[id, default: []].append(block)
            }
        }
        var result: [Message] = []
        for message in messages {
            var copy = message
            if message.carriesToolResults {
                copy.content = .blocks(message.content.blocks.filter { if case .toolResult = $0 { false } else { true } })
            }
            result.append(copy)
            let calls = message.role == .assistant ? message.content.blocks.compactMap { block -> (ToolCallID, String)? in
                if case .toolUse(let id, let name, _, _) = block { return (id, name) }
                return nil
            } : []
            guard !calls.isEmpty else { continue }
            let answers = calls.map { id, name -> ContentBlock in
                if var queue = pending[id], !queue.isEmpty {
                    let first = queue.removeFirst()
                    pending[id] = queue
                    return first
                }
                return .toolResult(toolUseID: id, toolName: name, content: missingResult, isError: true)
            }
            result.append(Message(role: .user, content: .blocks(answers)))
        }
        return result
    }

    /// The message without empty text blocks; nil when nothing is left (phases 2 and 2e).
    static func withoutEmptyBlocks(_ message: Message) -> Message? {
        switch message.content {
        case .text(let text):
            return text.allSatisfy(\.isWhitespace) ? nil : message
        case .blocks(let blocks):
            let kept = blocks.filter { if case .text(let text, _) = $0 { !text.allSatisfy(\.isWhitespace) } else { true } }
            let substantive = kept.contains { block in
                switch block {
                case .thinking, .redactedThinking: false
                default: true
                }
            }
            guard substantive else { return nil }
            var copy = message
            copy.content = .blocks(kept)
            return copy
        }
    }

    /// Phase 3: consecutive messages of one role become one.
    static func mergeSameRole(_ messages: [Message]) -> [Message] {
        var result: [Message] = []
        for message in messages {
            guard let last = result.last, last.role == message.role else {
                result.append(message)
                continue
            }
            var merged = last
            if case .text(let a) = last.content, case .text(let b) = message.content {
                merged.content = .text(a + "\n\n" + b)
            } else {
                merged.content = .blocks(last.content.blocks + message.content.blocks)
            }
            result[result.count - 1] = merged
        }
        return result
    }
}
