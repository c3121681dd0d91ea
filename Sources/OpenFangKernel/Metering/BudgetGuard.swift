import FoundationEssentials
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
    func limits(for manifest: AgentManifest, provider: String) -> [BudgetLimit] {
        let resources = manifest.resources
        let tokens = budget.defaultMaxLLMTokensPerHour > 0 ? budget.defaultMaxLLMTokensPerHour : resources.maxLLMTokensPerHour
        let tokenSetting = budget.defaultMaxLLMTokensPerHour > 0 ? "[budget] default_max_llm_tokens_per_hour" : "[resources] max_llm_tokens_per_hour"
        let candidates: [BudgetLimit] = [
            BudgetLimit(measure: .tokens, window: .hour, limit: Double(tokens), scope: .agent, setting: tokenSetting),
            BudgetLimit(measure: .dollars, window: .hour, limit: resources.maxCostPerHourUSD, scope: .agent, setting: "[resources] max_cost_per_hour_usd"),
            BudgetLimit(measure: .dollars, window: .day, limit: resources.maxCostPerDayUSD, scope: .agent, setting: "[resources] max_cost_per_day_usd"),
            BudgetLimit(measure: .dollars, window: .month, limit: resources.maxCostPerMonthUSD, scope: .agent, setting: "[resources] max_cost_per_month_usd"),
            BudgetLimit(measure: .dollars, window: .hour, limit: budget.maxHourlyUSD, scope: .global, setting: "[budget] max_hourly_usd"),
            BudgetLimit(measure: .dollars, window: .day, limit: budget.maxDailyUSD, scope: .global, setting: "[budget] max_daily_usd"),
            BudgetLimit(measure: .dollars, window: .month, limit: budget.maxMonthlyUSD, scope: .global, setting: "[budget] max_monthly_usd"),
        ] + providerLimits(provider)
        return candidates.filter { $0.limit > 0 }
    }

    /// `[budget.providers.<id>]` limits of `provider`.
    func providerLimits(_ provider: String) -> [BudgetLimit] {
        guard let limits = budget.providers[provider] else { return [] }
        let table = "[budget.providers.\(provider)]"
        return [
            BudgetLimit(measure: .tokens, window: .hour, limit: Double(limits.maxTokensPerHour), scope: .provider(provider), setting: "\(table) max_tokens_per_hour"),
            BudgetLimit(measure: .dollars, window: .hour, limit: limits.maxHourlyUSD, scope: .provider(provider), setting: "\(table) max_hourly_usd"),
            BudgetLimit(measure: .dollars, window: .day, limit: limits.maxDailyUSD, scope: .provider(provider), setting: "\(table) max_daily_usd"),
            BudgetLimit(measure: .dollars, window: .month, limit: limits.maxMonthlyUSD, scope: .provider(provider), setting: "\(table) max_monthly_usd"),
        ]
    }

    /// Throws `quotaExceeded` naming the limit, the spend and when the window lets up; returns the
    /// limits past the alert threshold.
    func check(agent: AgentID, name: String, manifest: AgentManifest, provider: String, store: any UsageStore, now: Date = Date()) async throws -> Finding {
        var warnings: [String] = []
        for limit in limits(for: manifest, provider: provider) {
            let totals: UsageTotals =
                switch limit.scope {
                case .agent: try await store.usage(of: agent, in: limit.window)
                case .global: try await store.usage(of: nil, in: limit.window)
                case .provider(let id): try await store.usage(ofProvider: id, in: limit.window)
                }
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
