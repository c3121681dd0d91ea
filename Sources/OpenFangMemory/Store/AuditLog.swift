/// An append-only, hash-chained record of what happened.
public protocol AuditLog: Sendable {
    /// Appends a record bound to the previous one.
    @discardableResult
    func appendAudit(_ entry: AuditEntry) async throws -> AuditRecord
    /// The newest records, newest first.
    func auditRecords(limit: Int) async throws -> [AuditRecord]
    /// Walks the whole chain and reports the first record that does not verify.
    func verifyAudit() async throws -> AuditVerification
}
