import FoundationEssentials
import OpenFangTypes

/// One way models write tool calls as text: a pattern and how to read a match.
struct TextToolCallFormat: Sendable {
    /// A call found, with where it was.
    struct Found: Sendable {
        var range: Range<String.Index>
        var name: String
        var input: JSONValue
    }

    /// Name for tests and logs.
    var name: String
    /// Whether it is only tried when no other format matched (bare JSON, `name\n{json}`).
    var lastResort: Bool
    /// Finds calls in the text.
    var find: @Sendable (String) -> [Found]

    /// A format read by a regular expression; `read` turns the capture groups into a call.
    static func regex(_ name: String, _ pattern: String, lastResort: Bool = false, read: @escaping @Sendable ([String]) -> (String, JSONValue)?) -> TextToolCallFormat {
        let expression = TextPattern(pattern, dotMatchesNewlines: true, anchorsMatchLines: true)
        return TextToolCallFormat(name: name, lastResort: lastResort) { text in
            expression.matches(in: text).compactMap { match in
                guard let (tool, input) = read(match.groups) else { return nil }
                return Found(range: match.range, name: tool, input: input)
            }
        }
    }

    /// A format whose groups are a tool name and a JSON object of arguments.
    static func nameAndJSON(_ name: String, _ pattern: String, lastResort: Bool = false) -> TextToolCallFormat {
        regex(name, pattern, lastResort: lastResort) { groups in
            guard groups.count >= 2, let input = LenientJSON.arguments(LenientJSON.parse(groups[1])) else { return nil }
            return (groups[0], input)
        }
    }

    /// A format whose single group is a `{"name", "arguments"}` object (or `name -> {json}` / `name\n{json}`).
    static func callObject(_ name: String, _ pattern: String) -> TextToolCallFormat {
        regex(name, pattern) { groups in
            guard let body = groups.first else { return nil }
            return LenientJSON.call(fromObject: body) ?? nameThenArguments(body)
        }
    }

    /// `name -> {json}`, `name {json}`, `name\n{json}` or `name --key value …`.
    static func nameThenArguments(_ body: String) -> (String, JSONValue)? {
        let trimmed = body.trimmed()
        let nameEnd = trimmed.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") } ?? trimmed.endIndex
        let name = String(trimmed[..<nameEnd])
        guard !name.isEmpty else { return nil }
        var rest = trimmed[nameEnd...].trimmed()
        if rest.hasPrefix("->") { rest = rest.dropFirst(2).trimmingCharacters(in: " \t") }
        if rest.isEmpty { return (name, .object([:])) }
        if rest.hasPrefix("{") { return LenientJSON.arguments(LenientJSON.parse(rest)).map { (name, $0) } }
        guard rest.hasPrefix("--") else { return nil }
        var arguments: [String: JSONValue] = [:]
        for part in rest.components(separatedBy: "--").dropFirst() {
            let pieces = part.trimmingCharacters(in: " \t").split(separator: " ", maxSplits: 1)
            guard let key = pieces.first else { continue }
            let value = pieces.count > 1 ? String(pieces[1]).trimmingCharacters(in: " \"'") : "true"
            arguments[String(key)] = .string(value)
        }
        return (name, .object(arguments))
    }
}
