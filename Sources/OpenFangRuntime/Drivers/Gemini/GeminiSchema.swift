import OpenFangTypes

/// Rewrites a JSON Schema into the subset Gemini's function declarations accept: no `$schema`,
/// `$ref`, `additionalProperties` or `default`; `["string", "null"]` types become `nullable`;
/// `anyOf`/`oneOf` collapse to their first non-null branch.
public enum GeminiSchema {
    static let allowedKeys: Set<String> = [
        "type", "format", "description", "nullable", "enum", "properties", "required", "items", "minItems", "maxItems",
        "minimum", "maximum", "minLength", "maxLength", "pattern", "title",
    ]

    /// The normalised schema.
    public static func normalise(_ schema: JSONValue) -> JSONValue {
        guard case .object(var members) = schema else { return schema }
        for key in ["anyOf", "oneOf"] {
            if case .array(let branches)? = members[key] {
                let chosen = branches.first { $0["type"] != .string("null") } ?? .object([:])
                let nullable = branches.contains { $0["type"] == .string("null") }
                members.removeValue(forKey: key)
                if case .object(let branch) = normalise(chosen) { members.merge(branch) { current, _ in current } }
                if nullable { members["nullable"] = .bool(true) }
            }
        }
        if case .array(let types)? = members["type"] {
            let nonNull = types.filter { $0 != .string("null") }
            members["type"] = nonNull.first ?? .string("string")
            if nonNull.count < types.count { members["nullable"] = .bool(true) }
        }
        var result: [String: JSONValue] = [:]
        for (key, value) in members where allowedKeys.contains(key) {
            switch key {
            case "properties":
                result[key] = .object((value.objectValue ?? [:]).mapValues(normalise))
            case "items":
                result[key] = normalise(value)
            default:
                result[key] = value
            }
        }
        if result["type"] == .string("object"), result["properties"] == nil { result["properties"] = .object([:]) }
        return .object(result)
    }
}
