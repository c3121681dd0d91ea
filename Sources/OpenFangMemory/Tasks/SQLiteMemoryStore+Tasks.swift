import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

extension SQLiteMemoryStore: TaskQueueStore {
    public func postTask(title: String, description: String, assignedTo: String?, by poster: AgentID) async throws -> TaskRecord {
        let id = "task-" + UUID().uuidString.prefix(8).lowercased()
        let rows = try await writeStatement(
            "INSERT INTO tasks (id, title, description, status, posted_by, assigned_to, created_at) VALUES (?, ?, ?, 'pending', ?, ?, ?) RETURNING *",
            [.text(id), .text(title), .text(description), .text(poster.description), SQLiteBinding.text(assignedTo), SQLiteBinding.time(now())])
        guard let row = rows.first else { throw MemoryError.notFound("task \(id) was not stored") }
        return try Self.task(row)
    }

    public func claimTask(by agent: AgentID, names: [String]) async throws -> TaskRecord? {
        let candidates = names + [agent.description]
        let placeholders = candidates.map { _ in "?" }.joined(separator: ", ")
        let rows = try await writeStatement(
            """
            UPDATE tasks SET status = 'in_progress', claimed_by = ? WHERE id = (
                SELECT id FROM tasks WHERE status = 'pending' AND (assigned_to IS NULL OR assigned_to IN (\(placeholders)))
                ORDER BY created_at, rowid LIMIT 1)
            RETURNING *
            """, [.text(agent.description)] + candidates.map { .text($0) })
        return try rows.first.map(Self.task)
    }

    public func completeTask(_ id: String, result: String, by agent: AgentID) async throws -> TaskRecord {
        let rows = try await writeStatement(
            "UPDATE tasks SET status = 'completed', result = ? WHERE id = ? AND claimed_by = ? AND status = 'in_progress' RETURNING *",
            [.text(result), .text(id), .text(agent.description)])
        guard let row = rows.first else { throw MemoryError.invalidArgument("task \(id) does not exist or is not in progress under this agent's claim") }
        return try Self.task(row)
    }

    public func tasks(status: String?) async throws -> [TaskRecord] {
        try await read { db in
            if let status {
                return try await db.rows("SELECT * FROM tasks WHERE status = ? ORDER BY created_at, rowid", [.text(status)]).map(Self.task)
            }
            return try await db.rows("SELECT * FROM tasks ORDER BY created_at, rowid", []).map(Self.task)
        }
    }

    static func task(_ row: SQLiteRow) throws -> TaskRecord {
        guard let poster = AgentID(try row.string("posted_by", in: "tasks")) else { throw MemoryError.corruptRow(table: "tasks", reason: "bad posted_by") }
        return TaskRecord(
            id: try row.string("id", in: "tasks"), title: try row.string("title", in: "tasks"), description: try row.string("description", in: "tasks"),
            status: try row.string("status", in: "tasks"), postedBy: poster, assignedTo: row.optionalString("assigned_to"),
            claimedBy: row.optionalString("claimed_by").flatMap { AgentID($0) }, result: row.optionalString("result"),
            createdAt: try row.date("created_at", in: "tasks"))
    }
}
