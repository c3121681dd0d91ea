import OpenFangTypes

/// Why a caller-supplied conversation cannot be completed (``Kernel/complete(agent:history:as:events:)``).
public enum CompletionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The conversation has no messages (system messages alone do not count).
    case emptyHistory
    /// The last message is not a user's (it is `role`, or a tool result).
    case lastMessageNotFromUser(String)
    /// The last user message has neither text nor images.
    case emptyTurn

    public var description: String {
        switch self {
        case .emptyHistory: "the conversation has no messages"
        case .lastMessageNotFromUser(let role): "the last message must be from the user (it is \(role))"
        case .emptyTurn: "the last user message is empty"
        }
    }
}
