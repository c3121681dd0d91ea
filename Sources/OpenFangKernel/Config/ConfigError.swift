import OpenFangTypes

/// A configuration that cannot be used, with every problem found (never only the first).
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    /// Every issue, errors and warnings, in source order.
    public var issues: [DecodingIssue]

    /// Creates the error.
    public init(issues: [DecodingIssue]) {
        self.issues = issues
    }

    /// A single-problem error about a whole file.
    public init(file: String, message: String) {
        self.issues = [
            DecodingIssue(
                severity: .error, keyPath: "", location: TOMLSourceLocation(file: file, line: 1, column: 1, offset: 0),
                message: message)
        ]
    }

    /// The errors only.
    public var errors: [DecodingIssue] { issues.filter { $0.severity == .error } }

    /// One line per issue, then a count.
    public var description: String {
        let count = errors.count
        return (issues.map(\.description) + ["\(count) error\(count == 1 ? "" : "s") in the configuration; nothing was changed and no defaults were used."])
            .joined(separator: "\n")
    }
}
