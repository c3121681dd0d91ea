import OpenFangTypes

extension Message {
    /// Whether the message carries tool results (it must stay right after its tool calls).
    var carriesToolResults: Bool {
        content.blocks.contains { if case .toolResult = $0 { true } else { false } }
    }
}
