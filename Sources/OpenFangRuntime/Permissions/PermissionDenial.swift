/// A refused action and the rule that refused it (shown to the model and in the journal).
public struct PermissionDenial: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was refused (`shell_exec "rm -rf /"`).
    public var action: String
    /// The rule that refused it (`capabilities.shell = ["git *"]`).
    public var rule: String

    /// Creates a denial.
    public init(action: String, rule: String) {
        self.action = action
        self.rule = rule
    }

    /// "Permission denied: <action> (rule: <rule>)".
    public var description: String { "Permission denied: \(action) (rule: \(rule))" }
}
