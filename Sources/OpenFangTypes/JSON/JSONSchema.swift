/// A JSON Schema document (draft 2020-12 subset as LLM providers accept it), kept as JSON.
public struct JSONSchema: Sendable, Hashable, Codable {
    /// The schema itself.
    public var value: JSONValue

    /// Wraps an existing schema value.
    public init(_ value: JSONValue) {
        self.value = value
    }

    /// An object schema with the given properties; `required` lists mandatory property names.
    public static func object(_ properties: [String: JSONSchema], required: [String] = []) -> JSONSchema {
        var members: [String: JSONValue] = [
            "type": .string("object"),
            "properties": .object(properties.mapValues(\.value)),
        ]
        if !required.isEmpty { members["required"] = .array(required.sorted().map(JSONValue.string)) }
        return JSONSchema(.object(members))
    }

    /// A string schema with a description.
    public static func string(_ description: String, enum allowed: [String]? = nil) -> JSONSchema {
        var members: [String: JSONValue] = ["type": .string("string"), "description": .string(description)]
        if let allowed { members["enum"] = .array(allowed.map(JSONValue.string)) }
        return JSONSchema(.object(members))
    }

    /// An integer schema with a description.
    public static func integer(_ description: String) -> JSONSchema {
        JSONSchema(.object(["type": .string("integer"), "description": .string(description)]))
    }

    /// A boolean schema with a description.
    public static func boolean(_ description: String) -> JSONSchema {
        JSONSchema(.object(["type": .string("boolean"), "description": .string(description)]))
    }

    /// An array schema whose items follow `items`.
    public static func array(of items: JSONSchema, _ description: String) -> JSONSchema {
        JSONSchema(.object(["type": .string("array"), "items": items.value, "description": .string(description)]))
    }

    /// Encodes as the bare schema object.
    public init(from decoder: any Decoder) throws {
        self.value = try JSONValue(from: decoder)
    }

    /// Decodes from the bare schema object.
    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
