import OpenFangTypes

/// Older config layouts OpenFang still reads, rewritten to the current form with a warning.
enum LegacyConfigForms {
    static let hoistedKeys = ["api_key", "api_listen", "log_level"]

    /// Moves `[api] api_key/api_listen/log_level` to the root unless the root sets them already.
    static func hoistAPITable(in root: inout TOMLTable) -> [DecodingIssue] {
        guard let api = root["api"], case .table(var table) = api.storage else { return [] }
        var warnings: [DecodingIssue] = []
        for key in hoistedKeys {
            guard let entry = table.entry(key) else { continue }
            table.remove(key)
            if root[key] == nil {
                root.set(key, entry.value, keyLocation: entry.keyLocation)
                warnings.append(
                    DecodingIssue(
                        severity: .warning, keyPath: "api.\(key)", location: entry.keyLocation,
                        message: "`[api] \(key)` is a legacy form; write `\(key)` at the top of the file instead"))
            } else {
                warnings.append(
                    DecodingIssue(
                        severity: .warning, keyPath: "api.\(key)", location: entry.keyLocation,
                        message: "ignored: `\(key)` is also set at the top of the file, which wins"))
            }
        }
        if table.isEmpty {
            root.remove("api")
        } else {
            var updated = api
            updated.storage = .table(table)
            root.set("api", updated)
        }
        return warnings
    }
}
