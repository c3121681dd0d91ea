import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

extension SQLiteMemoryStore: ScheduleStore {
    public func saveCronJob(_ job: CronJobRecord) async throws {
        let binds: [SQLiteData] = [
            .text(job.id.description), .text(job.agentID.description), .text(job.name), .text(job.schedule), .text(job.prompt), .text(job.missed),
            .integer(job.enabled ? 1 : 0), .text(job.origin), SQLiteBinding.time(job.createdAt), SQLiteBinding.time(job.consideredAt),
            job.lastRunAt.map(SQLiteBinding.time) ?? .null, .integer(job.runCount), .integer(job.consecutiveErrors), SQLiteBinding.text(job.lastError),
        ]
        do {
            _ = try await writeStatement(
                """
                INSERT INTO cron_jobs (id, agent_id, name, schedule, prompt, missed, enabled, origin, created_at, considered_at,
                    last_run_at, run_count, consecutive_errors, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET agent_id = excluded.agent_id, name = excluded.name, schedule = excluded.schedule,
                    prompt = excluded.prompt, missed = excluded.missed, enabled = excluded.enabled, origin = excluded.origin,
                    considered_at = excluded.considered_at, last_run_at = excluded.last_run_at, run_count = excluded.run_count,
                    consecutive_errors = excluded.consecutive_errors, last_error = excluded.last_error
                """, binds)
        } catch MemoryError.sqlite(_, _, let message) where message.contains("UNIQUE") {
            throw MemoryError.invalidArgument("the agent already has a job named \"\(job.name)\"")
        }
    }

    public func cronJobs() async throws -> [CronJobRecord] {
        try await read { db in try await db.rows("SELECT * FROM cron_jobs ORDER BY created_at, rowid", []).map(Self.cronJob) }
    }

    public func deleteCronJob(_ id: CronJobID) async throws -> Bool {
        try await !writeStatement("DELETE FROM cron_jobs WHERE id = ? RETURNING id", [.text(id.description)]).isEmpty
    }

    public func saveTrigger(_ trigger: TriggerRecord) async throws {
        _ = try await writeStatement(
            """
            INSERT OR REPLACE INTO triggers (id, agent_id, pattern, prompt_template, enabled, max_fires, cooldown_secs, fire_count, last_fired_at,
                origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(trigger.id.description), .text(trigger.agentID.description), .text(trigger.pattern), .text(trigger.promptTemplate),
                .integer(trigger.enabled ? 1 : 0), .integer(trigger.maxFires), .integer(trigger.cooldownSecs), .integer(trigger.fireCount),
                trigger.lastFiredAt.map(SQLiteBinding.time) ?? .null, .text(trigger.origin), SQLiteBinding.time(trigger.createdAt),
            ])
    }

    public func triggers() async throws -> [TriggerRecord] {
        try await read { db in try await db.rows("SELECT * FROM triggers ORDER BY created_at, rowid", []).map(Self.trigger) }
    }

    public func deleteTrigger(_ id: TriggerID) async throws -> Bool {
        try await !writeStatement("DELETE FROM triggers WHERE id = ? RETURNING id", [.text(id.description)]).isEmpty
    }

    public func claimTriggerFire(_ id: TriggerID, at now: Date) async throws -> TriggerRecord? {
        let time = SQLiteBinding.time(now)
        let rows = try await writeStatement(
            """
            UPDATE triggers SET fire_count = fire_count + 1, last_fired_at = ?
            WHERE id = ? AND enabled = 1 AND (max_fires = 0 OR fire_count < max_fires)
                AND (last_fired_at IS NULL OR ? - last_fired_at >= cooldown_secs)
            RETURNING *
            """, [time, .text(id.description), time])
        return try rows.first.map(Self.trigger)
    }

    public func deleteSchedules(of agent: AgentID) async throws {
        try await write { tx in
            _ = try await tx.rows("DELETE FROM cron_jobs WHERE agent_id = ?", [.text(agent.description)])
            _ = try await tx.rows("DELETE FROM triggers WHERE agent_id = ?", [.text(agent.description)])
        }
    }

    static func cronJob(_ row: SQLiteRow) throws -> CronJobRecord {
        let table = "cron_jobs"
        guard let id = CronJobID(try row.string("id", in: table)), let agent = AgentID(try row.string("agent_id", in: table)) else {
            throw MemoryError.corruptRow(table: table, reason: "bad id or agent_id")
        }
        return CronJobRecord(
            id: id, agentID: agent, name: try row.string("name", in: table), schedule: try row.string("schedule", in: table),
            prompt: try row.string("prompt", in: table), missed: try row.string("missed", in: table), enabled: try row.int("enabled", in: table) != 0,
            origin: try row.string("origin", in: table), createdAt: try row.date("created_at", in: table),
            consideredAt: try row.date("considered_at", in: table), lastRunAt: row.optionalDate("last_run_at"),
            runCount: try row.int("run_count", in: table), consecutiveErrors: try row.int("consecutive_errors", in: table),
            lastError: row.optionalString("last_error"))
    }

    static func trigger(_ row: SQLiteRow) throws -> TriggerRecord {
        let table = "triggers"
        guard let id = TriggerID(try row.string("id", in: table)), let agent = AgentID(try row.string("agent_id", in: table)) else {
            throw MemoryError.corruptRow(table: table, reason: "bad id or agent_id")
        }
        return TriggerRecord(
            id: id, agentID: agent, pattern: try row.string("pattern", in: table), promptTemplate: try row.string("prompt_template", in: table),
            enabled: try row.int("enabled", in: table) != 0, maxFires: try row.int("max_fires", in: table),
            cooldownSecs: try row.int("cooldown_secs", in: table), fireCount: try row.int("fire_count", in: table),
            lastFiredAt: row.optionalDate("last_fired_at"), origin: try row.string("origin", in: table), createdAt: try row.date("created_at", in: table))
    }
}
