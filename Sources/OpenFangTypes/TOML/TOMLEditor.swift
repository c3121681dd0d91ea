/// Edits TOML source text in place: only the edited key's text changes, so comments, ordering
/// and formatting elsewhere survive (`openfang config set/unset`).
public enum TOMLEditor {
    /// `source` with `path` set to `valueText` (a TOML value such as `4200`, `"x"`, `[1, 2]`).
    public static func setting(_ path: [String], to valueText: String, in source: String) throws(TOMLEditError) -> String {
        guard !path.isEmpty else { throw TOMLEditError("empty key") }
        let newValue = try parseValue(valueText)
        let document = try parse(source)
        var bytes = Array(source.utf8)
        let plan = try TOMLEditPlanner(document: document, bytes: bytes).planSet(path, valueText: valueText, value: newValue)
        bytes.replaceSubrange(plan.range, with: Array(plan.text.utf8))
        let edited = String(decoding: bytes, as: UTF8.self)
        let check = try parse(edited)
        guard lookup(path, in: check.root) == newValue else {
            throw TOMLEditError("internal error: the edit did not produce `\(path.joined(separator: "."))` = \(valueText)")
        }
        return edited
    }

    /// `source` without `path` (a key, or a whole `[table]` with its sub-tables).
    public static func removing(_ path: [String], in source: String) throws(TOMLEditError) -> String {
        let document = try parse(source)
        guard lookup(path, in: document.root) != nil else {
            throw TOMLEditError("`\(path.joined(separator: "."))` is not set in this file")
        }
        var bytes = Array(source.utf8)
        let ranges = try TOMLEditPlanner(document: document, bytes: bytes).planRemoval(path)
        for plan in ranges.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(plan.range, with: Array(plan.text.utf8))
        }
        let edited = String(decoding: bytes, as: UTF8.self)
        let check = try parse(edited)
        guard lookup(path, in: check.root) == nil else {
            throw TOMLEditError("internal error: `\(path.joined(separator: "."))` is still set after removal")
        }
        return edited
    }

    /// The value at a dotted path (through the last element of arrays of tables).
    public static func lookup(_ path: [String], in root: TOMLTable) -> TOMLValue? {
        var current = TOMLValue(.table(root), location: .init(file: "", line: 1, column: 1, offset: 0))
        for key in path {
            switch current.storage {
            case .table(let table):
                guard let next = table[key] else { return nil }
                current = next
            default:
                return nil
            }
        }
        return current
    }

    static func parseValue(_ text: String) throws(TOMLEditError) -> TOMLValue {
        let document: TOMLDocument
        do {
            document = try TOMLDocument(parsing: "v = " + text)
        } catch {
            throw TOMLEditError("not a TOML value: \(text) (\(error.message))")
        }
        guard let value = document.root["v"] else { throw TOMLEditError("not a TOML value: \(text)") }
        return value
    }

    static func parse(_ source: String) throws(TOMLEditError) -> TOMLDocument {
        do {
            return try TOMLDocument(parsing: source, file: "config.toml")
        } catch {
            throw TOMLEditError("the file does not parse, so it cannot be edited safely: \(error)")
        }
    }
}
