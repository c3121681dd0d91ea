/// A message body: a plain string or a list of blocks (both forms are on OpenFang's wire).
public enum MessageContent: Sendable, Hashable {
    case text(String)
    case blocks([ContentBlock])

    /// The body as blocks (a string becomes one text block).
    public var blocks: [ContentBlock] {
        switch self {
        case .text(let text): [.text(text)]
        case .blocks(let blocks): blocks
        }
    }

    /// All text blocks joined, for display and search.
    public var plainText: String {
        switch self {
        case .text(let text): text
        case .blocks(let blocks): blocks.compactMap(\.text).joined(separator: "\n")
        }
    }
}

extension MessageContent: Codable {
    /// Decodes a string or an array of blocks.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .blocks(try container.decode([ContentBlock].self))
        }
    }

    /// Encodes the form it was created with.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .blocks(let blocks): try container.encode(blocks)
        }
    }
}
