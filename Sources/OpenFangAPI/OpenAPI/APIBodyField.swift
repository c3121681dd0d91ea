import OpenFangTypes

/// One field of a JSON request body as the OpenAPI document describes it: its JSON type, what it
/// means, and whether it is required or may be null. A plain string literal is an optional
/// string field with that description.
public struct APIBodyField: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The JSON type (`any`: whatever JSON value).
    public enum Kind: String, Sendable, Hashable {
        case string, integer, boolean, array, object, any
    }

    /// Its JSON type.
    public var kind: Kind
    /// What it means.
    public var description: String
    /// Whether the body must carry it.
    public var isRequired = false
    /// Whether `null` is accepted.
    public var isNullable = false
    /// The smallest number accepted (integers).
    public var minimum: Int?
    /// The most characters accepted (strings).
    public var maxLength: Int?
    /// The largest number accepted (integers).
    public var maximum: Int?
    /// A regular expression the text must match (strings).
    public var pattern: String?

    /// An optional string field.
    public init(stringLiteral description: String) {
        (kind, self.description) = (.string, description)
    }

    /// A field of `kind`.
    public init(
        _ kind: Kind, _ description: String, required: Bool = false, nullable: Bool = false, minimum: Int? = nil, maximum: Int? = nil, maxLength: Int? = nil
    ) {
        (self.kind, self.description, isRequired, isNullable) = (kind, description, required, nullable)
        (self.minimum, self.maximum, self.maxLength) = (minimum, maximum, maxLength)
    }

    /// A string field.
    public static func string(_ description: String, required: Bool = false, nullable: Bool = false, maxLength: Int? = nil, pattern: String? = nil) -> Self {
        var field = Self(.string, description, required: required, nullable: nullable, maxLength: maxLength)
        field.pattern = pattern
        return field
    }

    /// The statuses a route that runs an agent's turn adds: not running (409), the turn could
    /// not finish (422), the provider failed (502), no provider or stopping (503), timeouts (504).
    public static let turnErrors: Set<Int> = [409, 422, 502, 503, 504]

    /// A required string field.
    public static func required(_ description: String) -> Self { .string(description, required: true) }

    /// The field's JSON Schema (OpenAPI 3.1: a nullable field's type includes `"null"`; an
    /// optional field is nullable, since the API reads `null` as absent).
    var schema: JSONValue {
        var schema: [String: JSONValue] = ["description": .string(description)]
        if kind != .any {
            schema["type"] = isNullable || !isRequired ? .array([.string(kind.rawValue), .string("null")]) : .string(kind.rawValue)
        }
        if let minimum { schema["minimum"] = .integer(Int64(minimum)) }
        if let maximum { schema["maximum"] = .integer(Int64(maximum)) }
        if let pattern { schema["pattern"] = .string(pattern) }
        if let maxLength { schema["maxLength"] = .integer(Int64(maxLength)) }
        return .object(schema)
    }
}
