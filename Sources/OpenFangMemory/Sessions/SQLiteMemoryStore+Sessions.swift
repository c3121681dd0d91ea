import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

extension SQLiteMemoryStore: SessionStore {
    static let sessionColumns = "s.*, (SELECT COUNT(*) FROM session_messages m WHERE m.session_id = s.id) AS message_count"

    public func createSession(for agent: AgentID, label: String?) async throws -> SessionRecord {
        try await insertSession(agent: agent, label: label, canonical: false)
    }

    public func canonicalSession(for agent: AgentID) async throws -> SessionRecord {
        if let existing = try await read({ db in
            try await db.first("SELECT \(Self.sessionColumns) FROM sessions s WHERE agent_id = ? AND is_canonical = 1", [.text(agent.description)])
        }) {
            return try RowDecoding.session(existing)
        }
        return try await insertSession(agent: agent, label: "canonical", canonical: true)
    }

    /// Makes a new, empty session the agent's canonical one, so the next turn starts without
    /// history; the previous canonical session is kept as an ordinary session (labelled
    /// "previous canonical" unless someone labelled it). One transaction.
    public func startCanonicalSession(for agent: AgentID) async throws -> SessionRecord {
        let id = SessionID.random()
        let time = SQLiteBinding.time(now())
        let row = try await write { tx in
            try await tx.execute(
                """
                UPDATE sessions SET is_canonical = 0,
                    label = CASE WHEN label IS NULL OR label = 'canonical' THEN 'previous canonical' ELSE label END
                WHERE agent_id = ? AND is_canonical = 1
                """, [.text(agent.description)])
            try await tx.execute(
                "INSERT INTO sessions (id, agent_id, label, is_canonical, created_at, updated_at) VALUES (?, ?, 'canonical', 1, ?, ?)",
                [.text(id.description), .text(agent.description), time, time])
            return try await tx.first("SELECT \(Self.sessionColumns) FROM sessions s WHERE id = ?", [.text(id.description)])
        }
        guard let row else { throw MemoryError.corruptRow(table: "sessions", reason: "insert returned nothing") }
        return try RowDecoding.session(row)
    }

    private func insertSession(agent: AgentID, label: String?, canonical: Bool) async throws -> SessionRecord {
        let id = SessionID.random()
        let time = SQLiteBinding.time(now())
        let binds: [SQLiteData] = [.text(id.description), .text(agent.description), SQLiteBinding.text(label), .integer(canonical ? 1 : 0), time, time]
        let row = try await write { tx in
            // The canonical session is unique per agent: a concurrent creator's row wins and is returned.
            try await tx.execute(
                "INSERT INTO sessions (id, agent_id, label, is_canonical, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                binds)
            let lookup = canonical
                ? "SELECT \(Self.sessionColumns) FROM sessions s WHERE agent_id = ? AND is_canonical = 1"
                : "SELECT \(Self.sessionColumns) FROM sessions s WHERE id = ?"
            return try await tx.first(lookup, [.text(canonical ? agent.description : id.description)])
        }
        guard let row else { throw MemoryError.corruptRow(table: "sessions", reason: "insert returned nothing") }
        return try RowDecoding.session(row)
    }

    public func session(_ id: SessionID) async throws -> Session? {
        try await read { db in
            guard let header = try await db.first("SELECT \(Self.sessionColumns) FROM sessions s WHERE id = ?", [.text(id.description)])
            else { return nil }
            let messages = try await db.rows("SELECT message FROM session_messages WHERE session_id = ? ORDER BY seq", [.text(id.description)])
                .map { try $0.decoded(Message.self, "message", in: "session_messages") }
            return Session(record: try RowDecoding.session(header), messages: messages)
        }
    }

    public func append(_ messages: [Message], to session: SessionID) async throws {
        guard !messages.isEmpty else { return }
        let encoded = try SQLiteBinding.json(messages)
        // One statement: numbered after the last message (read before any row is inserted), only
        // if the session exists; a trigger touches the session's `updated_at`.
        let rows = try await writeStatement(
            """
            WITH base AS MATERIALIZED (SELECT COALESCE(MAX(seq), 0) AS last FROM session_messages WHERE session_id = ?1)
            INSERT INTO session_messages (session_id, seq, message, created_at)
            SELECT ?1, base.last + message.key + 1, message.value, ?3 FROM base, json_each(?2) AS message
            WHERE EXISTS (SELECT 1 FROM sessions WHERE id = ?1)
            RETURNING seq
            """, [.text(session.description), encoded, SQLiteBinding.time(now())])
        guard rows.count == messages.count else { throw MemoryError.notFound("no session \(session)") }
    }

    public func replaceMessages(of session: SessionID, with messages: [Message], summary: String?) async throws {
        let encoded = try messages.map { try SQLiteBinding.json($0) }
        let time = SQLiteBinding.time(now())
        try await write { tx in
            let found = try await tx.rows(
                "UPDATE sessions SET updated_at = ?, compacted_summary = COALESCE(?, compacted_summary) WHERE id = ? RETURNING id",
                [time, SQLiteBinding.text(summary), .text(session.description)])
            guard !found.isEmpty else { throw MemoryError.notFound("no session \(session)") }
            try await tx.execute("DELETE FROM session_messages WHERE session_id = ?", [.text(session.description)])
            for (index, message) in encoded.enumerated() {
                try await tx.execute(
                    "INSERT INTO session_messages (session_id, seq, message, created_at) VALUES (?, ?, ?, ?)",
                    [.text(session.description), .integer(index + 1), message, time])
            }
        }
    }

    public func sessions(of agent: AgentID?) async throws -> [SessionRecord] {
        try await read { db in
            if let agent {
                return try await db.rows(
                    "SELECT \(Self.sessionColumns) FROM sessions s WHERE agent_id = ? ORDER BY updated_at DESC", [.text(agent.description)]
                ).map(RowDecoding.session)
            }
            return try await db.rows("SELECT \(Self.sessionColumns) FROM sessions s ORDER BY updated_at DESC").map(RowDecoding.session)
        }
    }

    public func setLabel(_ label: String?, of session: SessionID) async throws {
        let time = SQLiteBinding.time(now())
        let updated = try await write { tx in
            try await tx.rows(
                "UPDATE sessions SET label = ?, updated_at = ? WHERE id = ? RETURNING id", [SQLiteBinding.text(label), time, .text(session.description)])
        }
        guard !updated.isEmpty else { throw MemoryError.notFound("no session \(session)") }
    }

    @discardableResult
    public func deleteSession(_ id: SessionID) async throws -> Bool {
        try await write { tx in
            !(try await tx.rows("DELETE FROM sessions WHERE id = ? RETURNING id", [.text(id.description)])).isEmpty
        }
    }
}
