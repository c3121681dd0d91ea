import FoundationEssentials
import OpenFangTypes

/// JSON as models write it inside text: parsed strictly first, then with HTML entities decoded.
enum LenientJSON {
    /// The value, or nil when it is not JSON.
    static func parse(_ text: String) -> JSONValue? {
        let trimmed = text.trimmed()
        for candidate in [trimmed, trimmed.replacing("&quot;", with: "\"").replacing("&amp;", with: "&")] {
            if let value = try? JSONDecoder().decode(JSONValue.self, from: Data(candidate.utf8)) { return value }
        }
        return nil
    }

    /// Arguments as an object: an object, or a string holding one (OpenAI style).
    static func arguments(_ value: JSONValue?) -> JSONValue? {
        switch value {
        case .object: value
        case .string(let text): parse(text).flatMap { if case .object = $0 { $0 } else { nil } }
        case nil, .null: .object([:])
        default: nil
        }
    }

    /// `{"name": …, "arguments"|"parameters"|"input"|"args": {…}}` as a call.
    static func call(fromObject text: String) -> (name: String, input: JSONValue)? {
        guard case .object(let object)? = parse(text), case .string(let name)? = object["name"] ?? object["tool"] ?? object["function"] else { return nil }
        let raw = object["arguments"] ?? object["parameters"] ?? object["input"] ?? object["args"]
        guard let input = arguments(raw) else { return nil }
        return (name, input)
    }

    /// The end of the balanced JSON object starting at `start` (a `{`), strings respected.
    static func objectEnd(in text: String, from start: String.Index) -> String.Index? {
        var depth = 0
        var inString = false
        var escaped = false
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "{" {
                depth += 1
            } else if character == "}" {
                depth -= 1
                if depth == 0 { return text.index(after: index) }
            }
            index = text.index(after: index)
        }
        return nil
    }
}
