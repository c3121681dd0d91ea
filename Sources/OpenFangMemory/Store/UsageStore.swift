import FoundationEssentials
import OpenFangTypes

/// One row per completed turn, summed for budgets and reports.
public protocol UsageStore: Sendable {
    /// Records a turn.
    func recordUsage(_ record: UsageRecord) async throws
    /// Totals over the trailing window, for one agent or all.
    func usage(of agent: AgentID?, in window: UsageWindow) async throws -> UsageTotals
    /// Totals of one provider's calls over the rolling window.
    func usage(ofProvider provider: String, in window: UsageWindow) async throws -> UsageTotals
    /// Totals per model since `date`.
    func usageByModel(since date: Date) async throws -> [ModelUsage]
    /// Totals per UTC day for the last `days` days, oldest first.
    func dailyUsage(days: Int, of agent: AgentID?) async throws -> [DailyUsage]
}
