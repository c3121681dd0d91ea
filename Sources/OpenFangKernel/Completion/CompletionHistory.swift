import OpenFangRuntime
import OpenFangTypes

/// A caller-supplied conversation split the way the loop runs it: the caller's system messages
/// (instructions for the system prompt), the earlier turns (seeded into a session) and the last
/// user message (the turn).
struct CompletionHistory: Sendable {
    /// Every system message's text, in order, blank-line separated ("" when none).
    var instructions: String
    /// The conversation before the last user message, system messages removed.
    var earlier: [Message]
    /// The last user message as a turn: its text blocks joined, its images kept.
    var turn: UserTurn

    /// Splits `history`; throws ``CompletionError`` when there is no user message to answer last.
    init(_ history: [Message]) throws(CompletionError) {
        let system = history.filter { $0.role == .system }.map(\.content.plainText).filter { !$0.isEmpty }
        var conversation = history.filter { $0.role != .system }
        guard let last = conversation.popLast() else { throw .emptyHistory }
        let blocks = last.content.blocks
        let toolResults = blocks.contains { if case .toolResult = $0 { true } else { false } }
        guard last.role == .user, !toolResults else { throw .lastMessageNotFromUser(toolResults ? "a tool result" : last.role.rawValue) }
        let text = blocks.compactMap(\.text).joined(separator: "\n")
        let images = blocks.filter { if case .image = $0 { true } else { false } }
        guard !text.isEmpty || !images.isEmpty else { throw .emptyTurn }
        instructions = system.joined(separator: "\n\n")
        earlier = conversation
        turn = UserTurn(text, images: images)
    }
}
