/// The id a provider gave one tool call (`toolu_…`, `call_…`); tool results must echo it.
public struct ToolCallID: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The provider's text, verbatim.
    public let rawValue: String

    /// Wraps a provider id.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps a literal id.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// The id text.
    public var description: String { rawValue }

    /// Decodes the bare string.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
