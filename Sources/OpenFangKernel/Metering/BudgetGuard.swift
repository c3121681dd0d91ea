import Foundation
import OpenFangMemory
import OpenFangTypes

/// Enforces every configured limit before a turn, on every path (streaming included, since all
/// turns go through the kernel): the agent's tokens/hour and cost per hour/day/month, and the
/// global `[budget]`. Nothing is limited unless configured.
struct BudgetGuard: Sendable {
    /// `[budget]`.
    var budget: BudgetConfig

    /// What a check found.
    struct Finding: Sendable, Equatable {
        /// Limits at or past the alert threshold but not exceeded: "tokens/hour at 85 % (…)".
        var warnings: [String]
    }

    /// The limits in force for `manifest`.
    func limits(for manifest: AgentManifest) -> [BudgetLimit] {
        let resources = manifest.resources
        let tokens = budget.defaultMaxLLMTokensPerHour > 0 ? budget.defaultMaxLLMTokensPerHour : resources.maxLLMTokensPerHour
        let tokenSetting = budget.defaultMaxLLMTokensPerHour > 0 ? "[budget] default_max_llm_tokens_per_hour" : "[resources] max_llm_tokens_per_hour"
        let candidates: [BudgetLimit] = [
            BudgetLimit(measure: .tokens, window: .hour, limit: Double(tokens), agentOnly: true, setting: tokenSetting),
            BudgetLimit(measure: .dollars, window: .hour, limit: resources.maxCostPerHourUSD, agentOnly: true, setting: "[resources] max_cost_per_hour_usd"),
            BudgetLimit(measure: .dollars, window: .day, limit: resources.maxCostPerDayUSD, agentOnly: true, setting: "[resources] max_cost_per_day_usd"),
            BudgetLimit(measure: .dollars, window: .month, limit: resources.maxCostPerMonthUSD, agentOnly: true, setting: "[resources] max_cost_per_month_usd"),
            BudgetLimit(measure: .dollars, window: .hour, limit: budget.maxHourlyUSD, agentOnly: false, setting: "[budget] max_hourly_usd"),
            BudgetLimit(measure: .dollars, window: .day, limit: budget.maxDailyUSD, agentOnly: false, setting: "[budget] max_daily_usd"),
            BudgetLimit(measure: .dollars, window: .month, limit: budget.maxMonthlyUSD, agentOnly: false, setting: "[budget] max_monthly_usd"),
        ]
        return candidates.filter { $0.limit > 0 }
    }

    /// Throws `quotaExceeded` naming the limit, the spend and when the window lets up; returns the
    /// limits past the alert threshold.
    func check(agent: AgentID, name: String, manifest: AgentManifest, store: any UsageStore, now: Date = Date()) async throws -> Finding {
        var warnings: [String] = []
        for limit in limits(for: manifest) {
            let totals = try await store.usage(of: limit.agentOnly ? agent : nil, in: limit.window)
            let spent = limit.spend(totals)
            if spent >= limit.limit {
                throw KernelError.quotaExceeded(
                    agent: name, limit: "\(limit.setting) = \(limit.format(limit.limit)) per \(limit.window.rawValue)", spent: limit.format(spent),
                    resetsBy: now.addingTimeInterval(limit.window.duration))
            }
            if budget.alertThreshold > 0, spent >= budget.alertThreshold * limit.limit {
                warnings.append("\(limit.setting): \(limit.format(spent)) of \(limit.format(limit.limit)) this \(limit.window.rawValue)")
            }
        }
        return Finding(warnings: warnings)
    }
}
