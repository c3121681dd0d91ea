import OpenFangTypes

/// Something to write to the audit chain: who did what to what.
public struct AuditEntry: Sendable, Hashable {
    /// Who acted (`agent:<id>`, `user:alice`, `system`).
    public var actor: String
    /// What happened (`agent.spawn`, `tool.call`, `config.change`, …).
    public var action: String
    /// What it happened to.
    public var subject: String
    /// Details.
    public var detail: JSONValue

    /// Creates an entry.
    public init(actor: String, action: String, subject: String, detail: JSONValue = .object([:])) {
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail
    }
}
