import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

extension SQLiteMemoryStore: RunJournal {
    public func beginRun(agent: AgentID, session: SessionID?) async throws -> RunRecord {
        let record = RunRecord(
            id: .random(), agentID: agent, sessionID: session, status: .running, startedAt: now(), endedAt: nil, error: nil,
            attribution: nil)
        let binds: [SQLiteData] = [
            .text(record.id.description), .text(agent.description), SQLiteBinding.text(session?.description), .text(RunStatus.running.rawValue),
            SQLiteBinding.time(record.startedAt),
        ]
        _ = try await writeStatement("INSERT INTO runs (id, agent_id, session_id, status, started_at) VALUES (?, ?, ?, ?, ?)", binds)
        return record
    }

    @discardableResult
    public func appendStep(to run: RunID, kind: RunStepKind, payload: JSONValue) async throws -> Int {
        let encoded = try SQLiteBinding.json(payload)
        let time = SQLiteBinding.time(now())
        let rows = try await writeStatement(
            """
            INSERT INTO run_steps (run_id, seq, kind, payload, created_at)
            SELECT ?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM run_steps WHERE run_id = ?1), ?2, ?3, ?4
            WHERE EXISTS (SELECT 1 FROM runs WHERE id = ?1)
            RETURNING seq
            """, [.text(run.description), .text(kind.rawValue), encoded, time])
        guard let seq = rows.first?.column("seq")?.integer else { throw MemoryError.notFound("no run \(run)") }
        return seq
    }

    public func endRun(_ run: RunID, status: RunStatus, error: String?, attribution: JSONValue?) async throws {
        guard status != .running else { throw MemoryError.invalidArgument("a run cannot end as running") }
        let binds: [SQLiteData] = [
            .text(status.rawValue), SQLiteBinding.time(now()), SQLiteBinding.text(error), try attribution.map(SQLiteBinding.json) ?? .null,
            .text(run.description),
        ]
        let updated = try await writeStatement("UPDATE runs SET status = ?, ended_at = ?, error = ?, attribution = ? WHERE id = ? RETURNING id", binds)
        guard !updated.isEmpty else { throw MemoryError.notFound("no run \(run)") }
    }

    public func run(_ id: RunID) async throws -> (record: RunRecord, steps: [RunStep])? {
        try await read { db in
            guard let row = try await db.first("SELECT * FROM runs WHERE id = ?", [.text(id.description)]) else { return nil }
            let steps = try await db.rows("SELECT * FROM run_steps WHERE run_id = ? ORDER BY seq", [.text(id.description)]).map { step in
                guard let kind = RunStepKind(rawValue: try step.string("kind", in: "run_steps")) else {
                    throw MemoryError.corruptRow(table: "run_steps", reason: "unknown kind")
                }
                return RunStep(
                    runID: id, seq: try step.int("seq", in: "run_steps"), kind: kind,
                    payload: try step.decoded(JSONValue.self, "payload", in: "run_steps"), at: try step.date("created_at", in: "run_steps"))
            }
            return (try RowDecoding.run(row), steps)
        }
    }

    public func runs(of agent: AgentID?, limit: Int) async throws -> [RunRecord] {
        try await read { db in
            if let agent {
                return try await db.rows(
                    "SELECT * FROM runs WHERE agent_id = ? ORDER BY started_at DESC LIMIT ?", [.text(agent.description), .integer(limit)]
                ).map(RowDecoding.run)
            }
            return try await db.rows("SELECT * FROM runs ORDER BY started_at DESC LIMIT ?", [.integer(limit)]).map(RowDecoding.run)
        }
    }
}
