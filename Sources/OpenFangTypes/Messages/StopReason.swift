/// Why the model stopped generating.
public enum StopReason: String, Sendable, Hashable, Codable, CaseIterable {
    case endTurn = "end_turn"
    case toolUse = "tool_use"
    case maxTokens = "max_tokens"
    case stopSequence = "stop_sequence"
}
