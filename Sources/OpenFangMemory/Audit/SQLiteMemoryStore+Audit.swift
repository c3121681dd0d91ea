import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

extension SQLiteMemoryStore: AuditLog {
    @discardableResult
    public func appendAudit(_ entry: AuditEntry) async throws -> AuditRecord {
        // Times are stored to the microsecond so the hash recomputes exactly from the row.
        let at = Date(timeIntervalSince1970: (now().timeIntervalSince1970 * 1_000_000).rounded() / 1_000_000)
        let detail = try SQLiteBinding.json(entry.detail)
        return try await write { tx in
            let last = try await tx.first("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            let seq = (last?.column("seq")?.integer ?? 0) + 1
            let previous = last?.column("hash")?.string ?? AuditHashing.genesis
            let canonical = try AuditHashing.canonical(
                seq: seq, at: at, actor: entry.actor, action: entry.action, subject: entry.subject, detail: entry.detail)
            let hash = AuditHashing.hash(previous: previous, canonical: canonical)
            try await tx.execute(
                "INSERT INTO audit_log (seq, created_at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [.integer(seq), SQLiteBinding.time(at), .text(entry.actor), .text(entry.action), .text(entry.subject), detail, .text(previous), .text(hash)])
            return AuditRecord(
                seq: seq, at: at, actor: entry.actor, action: entry.action, subject: entry.subject, detail: entry.detail,
                previousHash: previous, hash: hash)
        }
    }

    public func auditRecords(limit: Int) async throws -> [AuditRecord] {
        try await read { db in
            try await db.rows("SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?", [.integer(limit)]).map(RowDecoding.audit)
        }
    }

    public func verifyAudit() async throws -> AuditVerification {
        let rows = try await read { db in try await db.rows("SELECT * FROM audit_log ORDER BY seq") }
        var previous = AuditHashing.genesis
        var expectedSeq = 1
        for row in rows {
            let seq = (try? row.int("seq", in: "audit_log")) ?? -1
            guard let record = try? RowDecoding.audit(row) else {
                return AuditVerification(checked: expectedSeq - 1, firstBroken: seq, reason: "the record cannot be read")
            }
            if record.seq != expectedSeq {
                return AuditVerification(checked: expectedSeq - 1, firstBroken: record.seq, reason: "record \(expectedSeq) is missing")
            }
            if record.previousHash != previous {
                return AuditVerification(checked: expectedSeq - 1, firstBroken: record.seq, reason: "it does not point at the hash of the record before it")
            }
            let canonical = try AuditHashing.canonical(
                seq: record.seq, at: record.at, actor: record.actor, action: record.action, subject: record.subject, detail: record.detail)
            if AuditHashing.hash(previous: previous, canonical: canonical) != record.hash {
                return AuditVerification(checked: expectedSeq - 1, firstBroken: record.seq, reason: "its content does not match its hash (it was altered)")
            }
            previous = record.hash
            expectedSeq += 1
        }
        return AuditVerification(checked: rows.count, firstBroken: nil, reason: nil)
    }
}
