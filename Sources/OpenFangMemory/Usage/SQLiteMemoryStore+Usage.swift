import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

extension SQLiteMemoryStore: UsageStore {
    static let totalsColumns = """
        COUNT(*) AS turns, COALESCE(SUM(input_tokens), 0) AS input, COALESCE(SUM(output_tokens), 0) AS output,
        COALESCE(SUM(cost_usd), 0.0) AS cost, COALESCE(SUM(tool_calls), 0) AS tools
        """

    public func recordUsage(_ record: UsageRecord) async throws {
        let binds: [SQLiteData] = [
            .text(record.agentID.description), .text(record.provider), .text(record.model), .integer(record.inputTokens),
            .integer(record.outputTokens), .float(record.costUSD), .integer(record.toolCalls), SQLiteBinding.time(record.at),
        ]
        try await write { tx in
            try await tx.execute(
                """
                INSERT INTO usage_events (agent_id, provider, model, input_tokens, output_tokens, cost_usd, tool_calls, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, binds)
        }
    }

    public func usage(of agent: AgentID?, in window: UsageWindow) async throws -> UsageTotals {
        let since = SQLiteBinding.time(now().addingTimeInterval(-window.duration))
        return try await read { db in
            let row: SQLiteRow?
            if let agent {
                row = try await db.first(
                    "SELECT \(Self.totalsColumns) FROM usage_events WHERE agent_id = ? AND created_at >= ?", [.text(agent.description), since])
            } else {
                row = try await db.first("SELECT \(Self.totalsColumns) FROM usage_events WHERE created_at >= ?", [since])
            }
            return try row.map(Self.totals) ?? .zero
        }
    }

    public func usage(ofProvider provider: String, in window: UsageWindow) async throws -> UsageTotals {
        let since = SQLiteBinding.time(now().addingTimeInterval(-window.duration))
        return try await read { db in
            try await db.first("SELECT \(Self.totalsColumns) FROM usage_events WHERE provider = ? AND created_at >= ?", [.text(provider), since])
                .map(Self.totals) ?? .zero
        }
    }

    public func usageByModel(since date: Date) async throws -> [ModelUsage] {
        try await read { db in
            try await db.rows(
                "SELECT provider, model, \(Self.totalsColumns) FROM usage_events WHERE created_at >= ? GROUP BY provider, model ORDER BY cost DESC",
                [SQLiteBinding.time(date)]
            ).map { row in
                ModelUsage(
                    provider: try row.string("provider", in: "usage_events"), model: try row.string("model", in: "usage_events"),
                    totals: try Self.totals(row))
            }
        }
    }

    public func dailyUsage(days: Int, of agent: AgentID?) async throws -> [DailyUsage] {
        let since = SQLiteBinding.time(now().addingTimeInterval(-Double(max(days, 1)) * 86_400))
        var sql = "SELECT strftime('%Y-%m-%d', created_at, 'unixepoch') AS day, \(Self.totalsColumns) FROM usage_events WHERE created_at >= ?"
        var binds = [since]
        if let agent {
            sql += " AND agent_id = ?"
            binds.append(.text(agent.description))
        }
        let query = sql + " GROUP BY day ORDER BY day"
        let values = binds
        return try await read { db in
            try await db.rows(query, values).map { DailyUsage(day: try $0.string("day", in: "usage_events"), totals: try Self.totals($0)) }
        }
    }

    static func totals(_ row: SQLiteRow) throws -> UsageTotals {
        UsageTotals(
            turns: try row.int("turns", in: "usage_events"), inputTokens: try row.int("input", in: "usage_events"),
            outputTokens: try row.int("output", in: "usage_events"), costUSD: try row.double("cost", in: "usage_events"),
            toolCalls: try row.int("tools", in: "usage_events"))
    }
}
