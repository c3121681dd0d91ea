import OpenFangTypes
import FoundationEssentials

/// Parses `.env` files: `KEY=value` lines, optional `export`, `#` comments, single or double quotes.
public enum DotEnvFile {
    /// The assignments in `text`, in order; malformed lines are returned as problems with their line.
    public static func parse(_ text: String) -> (assignments: [(key: String, value: String)], problems: [(line: Int, message: String)]) {
        var assignments: [(key: String, value: String)] = []
        var problems: [(line: Int, message: String)] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = rawLine.trimmingCharacters(in: " \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = line.dropFirst(7).trimmingCharacters(in: " \t") }
            guard let equals = line.firstIndex(of: "=") else {
                problems.append((index + 1, "expected KEY=value"))
                continue
            }
            let key = line[..<equals].trimmingCharacters(in: " \t")
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), !(key.first?.isNumber ?? true)
            else {
                problems.append((index + 1, "invalid variable name `\(key)`"))
                continue
            }
            assignments.append((key, unquote(line[line.index(after: equals)...].trimmingCharacters(in: " \t"))))
        }
        return (assignments, problems)
    }

    private static func unquote(_ value: String) -> String {
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            let inner = String(value.dropFirst().dropLast())
            guard first == "\"" else { return inner }
            return inner.replacing("\\n", with: "\n").replacing("\\\"", with: "\"")
        }
        if let hash = value.firstRange(of: " #") { return value[..<hash.lowerBound].trimmingCharacters(in: " \t") }
        return value
    }
}
