/// A glob over names: `*`, an exact name, `*suffix`, `prefix*`, or `pre*suf` (one `*`), as OpenFang
/// matches capabilities. More `*`s are allowed and each stands for any run of characters.
public struct CapabilityPattern: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The pattern text.
    public let text: String

    /// Wraps a pattern.
    public init(_ text: String) {
        self.text = text
    }

    /// Wraps a literal pattern.
    public init(stringLiteral value: String) {
        self.text = value
    }

    /// Whether the pattern is `*`.
    public var matchesEverything: Bool { text == "*" }

    /// Whether `value` matches the pattern.
    public func matches(_ value: String) -> Bool {
        Self.glob(Array(text.unicodeScalars)[...], Array(value.unicodeScalars)[...])
    }

    /// Whether everything `other` matches is also matched by this pattern (used to check that a
    /// child's grant stays inside its parent's).
    public func covers(_ other: CapabilityPattern) -> Bool {
        if matchesEverything { return true }
        if other.text.contains("*") {
            // A wildcard child is covered only by a parent whose fixed parts contain it.
            return Self.glob(Array(text.unicodeScalars)[...], Array(other.text.unicodeScalars)[...])
                && Self.fixedPrefix(text).count <= Self.fixedPrefix(other.text).count
                && Self.fixedSuffix(text).count <= Self.fixedSuffix(other.text).count
        }
        return matches(other.text)
    }

    /// The pattern text.
    public var description: String { text }

    private static func fixedPrefix(_ text: String) -> Substring { text.prefix { $0 != "*" } }

    private static func fixedSuffix(_ text: String) -> Substring {
        Substring(String(text.reversed().prefix { $0 != "*" }))
    }

    private static func glob(_ pattern: ArraySlice<Unicode.Scalar>, _ value: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return value.isEmpty }
        if first == "*" {
            let rest = pattern.dropFirst()
            var index = value.startIndex
            while true {
                if glob(rest, value[index...]) { return true }
                if index == value.endIndex { return false }
                index += 1
            }
        }
        guard let head = value.first, head == first else { return false }
        return glob(pattern.dropFirst(), value.dropFirst())
    }

    /// Decodes the bare string.
    public init(from decoder: any Decoder) throws {
        self.text = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
