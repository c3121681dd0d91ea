/// A TOML date, time or date-time, kept as written (normalised to use `T`).
public struct TOMLDateTime: Sendable, Hashable, CustomStringConvertible {
    /// Which of TOML's four date/time types this is.
    public enum Kind: String, Sendable, Hashable {
        case offsetDateTime = "offset date-time"
        case localDateTime = "local date-time"
        case localDate = "local date"
        case localTime = "local time"
    }

    /// The kind of value.
    public var kind: Kind
    /// RFC 3339 text, e.g. `1979-05-27T07:32:00Z`.
    public var text: String

    /// Creates a date-time value.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// The RFC 3339 text.
    public var description: String { text }
}
