/// A parsed TOML value with the place it was written.
///
/// Equality compares contents only, never locations.
public struct TOMLValue: Sendable, Equatable, CustomStringConvertible {
    /// The value itself.
    public enum Storage: Sendable, Equatable {
        case string(String)
        case integer(Int64)
        case float(Double)
        case boolean(Bool)
        case dateTime(TOMLDateTime)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    /// The contents.
    public var storage: Storage
    /// Where the value starts.
    public var location: TOMLSourceLocation
    /// Byte offset just past the value's last byte (equal to the start for synthesised values).
    public var endOffset: Int
    /// True for arrays created by `[[header]]` sections rather than `[ … ]` literals.
    package var isArrayOfTables = false

    /// Creates a value.
    public init(_ storage: Storage, location: TOMLSourceLocation, endOffset: Int? = nil) {
        self.storage = storage
        self.location = location
        self.endOffset = endOffset ?? location.offset
    }

    public static func == (lhs: TOMLValue, rhs: TOMLValue) -> Bool { lhs.storage == rhs.storage }

    /// The value's TOML type in words, for error messages ("a string", "an integer", …).
    public var typeDescription: String {
        switch storage {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a float"
        case .boolean: "a boolean"
        case .dateTime(let value): "a \(value.kind.rawValue)"
        case .array: "an array"
        case .table: "a table"
        }
    }

    /// The table inside, if this is a table.
    public var table: TOMLTable? {
        if case .table(let table) = storage { return table }
        return nil
    }

    /// The value as TOML source text (inline form).
    public var description: String { TOMLWriter.inline(self) }
}
