/// Mutable state shared by all containers of one decode: issues found and keys looked at.
final class DecodingSession {
    struct VisitedTable {
        var table: TOMLTable
        var path: [any CodingKey]
        var known: Set<String> = []
        var acceptsAnyKey = false
    }

    var issues: [DecodingIssue] = []
    var tables: [String: VisitedTable] = [:]
    let fallbackLocation: TOMLSourceLocation?

    init(fallbackLocation: TOMLSourceLocation?) {
        self.fallbackLocation = fallbackLocation
    }

    func error(_ message: String, path: [any CodingKey], at location: TOMLSourceLocation?) -> RecordedDecodingError {
        issues.append(
            DecodingIssue(
                severity: .error, keyPath: path.dottedPath, location: location ?? fallbackLocation, message: message))
        return RecordedDecodingError()
    }

    func visit(_ table: TOMLTable, path: [any CodingKey]) {
        let key = path.dottedPath
        if tables[key] == nil { tables[key] = VisitedTable(table: table, path: path) }
    }

    func markKnown(_ key: String, inTableAt path: [any CodingKey]) {
        tables[path.dottedPath]?.known.insert(key)
    }

    func markAnyKeyAccepted(inTableAt path: [any CodingKey]) {
        tables[path.dottedPath]?.acceptsAnyKey = true
    }

    /// Warnings for every key no decoder asked about, with the nearest known key.
    func unknownKeyWarnings() -> [DecodingIssue] {
        var warnings: [DecodingIssue] = []
        for visited in tables.values where !visited.acceptsAnyKey {
            for entry in visited.table.entries where !visited.known.contains(entry.key) {
                let path = visited.path + [AnyCodingKey(entry.key)]
                warnings.append(
                    DecodingIssue(
                        severity: .warning, keyPath: path.dottedPath, location: entry.keyLocation,
                        message: "unknown key, ignored",
                        suggestion: KeySuggestion.nearest(to: entry.key, in: visited.known)))
            }
        }
        return warnings
    }
}
