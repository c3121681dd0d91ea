import OpenFangTypes

/// One finished turn of a chat.
struct ChatReply: Sendable {
    /// The reply text.
    var response: String
    /// Whether the agent chose not to reply.
    var silent: Bool
    /// Tokens of the turn.
    var usage: TokenUsage
    /// Its cost in dollars.
    var costUSD: Double
}
