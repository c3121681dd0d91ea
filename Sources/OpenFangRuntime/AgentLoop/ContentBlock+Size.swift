import OpenFangTypes

extension ContentBlock {
    /// Characters the block puts in front of the model (for token estimates).
    var estimatedCharacters: Int {
        switch self {
        case .text(let text, _): text.count
        case .image: 1_000
        case .toolUse(_, let name, let input, _): name.count + input.compactJSON.count
        case .toolResult(_, _, let content, _): content.count
        case .thinking(let text, _, _): text.count
        case .redactedThinking(let data): data.count
        case .unknown(let value): value.compactJSON.count
        }
    }
}
