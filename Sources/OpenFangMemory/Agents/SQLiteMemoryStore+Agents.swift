import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

extension SQLiteMemoryStore: AgentRecordStore {
    public func saveAgent(_ record: AgentRecord) async throws {
        let binds: [SQLiteData] = [
            .text(record.id.description), .text(record.name), .text(record.manifest), .text(record.state), SQLiteBinding.text(record.parentID?.description),
            SQLiteBinding.time(record.createdAt), SQLiteBinding.time(now()),
        ]
        do {
            _ = try await writeStatement(
                """
                INSERT INTO agents (id, name, manifest, state, parent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, manifest = excluded.manifest, state = excluded.state,
                    parent_id = excluded.parent_id, updated_at = excluded.updated_at
                """, binds)
        } catch MemoryError.sqlite(_, _, let message) where message.contains("UNIQUE") {
            throw MemoryError.invalidArgument("an agent named \"\(record.name)\" already exists")
        }
    }

    public func agentRecords() async throws -> [AgentRecord] {
        try await read { db in
            try await db.rows("SELECT * FROM agents ORDER BY created_at, name", []).map { row in
                guard let id = AgentID(try row.string("id", in: "agents")) else { throw MemoryError.corruptRow(table: "agents", reason: "bad id") }
                let parent = row.optionalString("parent_id").flatMap { AgentID($0) }
                return AgentRecord(
                    id: id, name: try row.string("name", in: "agents"), manifest: try row.string("manifest", in: "agents"),
                    state: try row.string("state", in: "agents"), parentID: parent, createdAt: try row.date("created_at", in: "agents"),
                    updatedAt: try row.date("updated_at", in: "agents"), resumeOnBoot: (row.column("resume_on_boot")?.integer ?? 0) != 0)
            }
        }
    }

    public func setAgentState(_ state: String, of agent: AgentID, resumeOnBoot: Bool) async throws {
        let rows = try await writeStatement(
            "UPDATE agents SET state = ?, resume_on_boot = ?, updated_at = ? WHERE id = ? RETURNING id",
            [.text(state), .integer(resumeOnBoot ? 1 : 0), SQLiteBinding.time(now()), .text(agent.description)])
        guard !rows.isEmpty else { throw MemoryError.notFound("no agent \(agent)") }
    }

    public func deleteAgentRecord(_ agent: AgentID) async throws -> Bool {
        try await !writeStatement("DELETE FROM agents WHERE id = ? RETURNING id", [.text(agent.description)]).isEmpty
    }
}
