import FoundationEssentials

/// Splits `<think>…</think>` reasoning out of streamed text, even when a tag is cut across chunks.
public struct ThinkTagSplitter: Sendable {
    /// A piece of the stream.
    public enum Piece: Sendable, Hashable {
        case text(String)
        case thinking(String)
    }

    static let open = "<think>"
    static let close = "</think>"

    private var inside = false
    private var pending = ""

    /// A splitter outside any think block.
    public init() {}

    /// The pieces `chunk` completes; a possible partial tag at the end is held back.
    public mutating func feed(_ chunk: String) -> [Piece] {
        pending += chunk
        var pieces: [Piece] = []
        while true {
            let tag = inside ? Self.close : Self.open
            if let range = pending.firstRange(of: tag) {
                emit(String(pending[..<range.lowerBound]), into: &pieces)
                pending = String(pending[range.upperBound...])
                inside.toggle()
                continue
            }
            let keep = Self.partialTagSuffix(of: pending, tag: tag)
            emit(String(pending.dropLast(keep)), into: &pieces)
            pending = String(pending.suffix(keep))
            return pieces
        }
    }

    /// Whatever is held back at the end of the stream.
    public mutating func finish() -> [Piece] {
        var pieces: [Piece] = []
        emit(pending, into: &pieces)
        pending = ""
        return pieces
    }

    private func emit(_ text: String, into pieces: inout [Piece]) {
        guard !text.isEmpty else { return }
        pieces.append(inside ? .thinking(text) : .text(text))
    }

    /// Length of the longest suffix of `text` that is a proper prefix of `tag`.
    static func partialTagSuffix(of text: String, tag: String) -> Int {
        let characters = Array(text.suffix(tag.count - 1))
        for length in stride(from: min(characters.count, tag.count - 1), through: 1, by: -1) {
            if String(characters.suffix(length)) == String(tag.prefix(length)) { return length }
        }
        return 0
    }
}
