import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

/// Rows back to values, with errors naming the table.
enum RowDecoding {
    static func fragment(_ row: SQLiteRow) throws -> MemoryFragment {
        let table = "fragments"
        guard let id = FragmentID(try row.string("fragment_id", in: table)),
            let agent = AgentID(try row.string("agent_id", in: table))
        else { throw MemoryError.corruptRow(table: table, reason: "invalid id") }
        return MemoryFragment(
            id: id, agentID: agent, content: try row.string("content", in: table), source: try row.string("source", in: table),
            metadata: try row.decoded([String: JSONValue].self, "metadata", in: table),
            confidence: try row.double("confidence", in: table), createdAt: try row.date("created_at", in: table),
            accessedAt: try row.date("accessed_at", in: table), accessCount: try row.int("access_count", in: table),
            hasEmbedding: !(row.column("embedding")?.isNull ?? true))
    }

    static func entity(_ row: SQLiteRow) throws -> Entity {
        let table = "entities"
        guard let id = EntityID(try row.string("id", in: table)) else { throw MemoryError.corruptRow(table: table, reason: "invalid id") }
        return Entity(
            id: id, name: try row.string("name", in: table), type: try row.string("type", in: table),
            properties: try row.decoded([String: JSONValue].self, "properties", in: table),
            createdAt: try row.date("created_at", in: table))
    }

    static func relation(_ row: SQLiteRow) throws -> Relation {
        let table = "relations"
        guard let id = RelationID(try row.string("id", in: table)), let source = EntityID(try row.string("source", in: table)),
            let target = EntityID(try row.string("target", in: table))
        else { throw MemoryError.corruptRow(table: table, reason: "invalid id") }
        return Relation(
            id: id, source: source, relation: try row.string("relation", in: table), target: target,
            confidence: try row.double("confidence", in: table),
            properties: try row.decoded([String: JSONValue].self, "properties", in: table),
            createdAt: try row.date("created_at", in: table))
    }

    static func session(_ row: SQLiteRow) throws -> SessionRecord {
        let table = "sessions"
        guard let id = SessionID(try row.string("id", in: table)), let agent = AgentID(try row.string("agent_id", in: table))
        else { throw MemoryError.corruptRow(table: table, reason: "invalid id") }
        return SessionRecord(
            id: id, agentID: agent, label: row.optionalString("label"), isCanonical: try row.int("is_canonical", in: table) == 1,
            compactedSummary: row.optionalString("compacted_summary"), messageCount: (try? row.int("message_count", in: table)) ?? 0,
            createdAt: try row.date("created_at", in: table), updatedAt: try row.date("updated_at", in: table))
    }

    static func run(_ row: SQLiteRow) throws -> RunRecord {
        let table = "runs"
        guard let id = RunID(try row.string("id", in: table)), let agent = AgentID(try row.string("agent_id", in: table)),
            let status = RunStatus(rawValue: try row.string("status", in: table))
        else { throw MemoryError.corruptRow(table: table, reason: "invalid id or status") }
        let attribution = try row.optionalString("attribution").map {
            try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8))
        }
        return RunRecord(
            id: id, agentID: agent, sessionID: row.optionalString("session_id").flatMap(SessionID.init), status: status,
            startedAt: try row.date("started_at", in: table),
            endedAt: row.column("ended_at")?.double.map(Date.init(timeIntervalSince1970:)), error: row.optionalString("error"),
            attribution: attribution)
    }

    static func audit(_ row: SQLiteRow) throws -> AuditRecord {
        let table = "audit_log"
        return AuditRecord(
            seq: try row.int("seq", in: table), at: try row.date("created_at", in: table), actor: try row.string("actor", in: table),
            action: try row.string("action", in: table), subject: try row.string("subject", in: table),
            detail: try row.decoded(JSONValue.self, "detail", in: table), previousHash: try row.string("prev_hash", in: table),
            hash: try row.string("hash", in: table))
    }
}
