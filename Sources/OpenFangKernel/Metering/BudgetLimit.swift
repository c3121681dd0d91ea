import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

/// One configured limit: what it counts, over which window, and where it was set.
struct BudgetLimit: Sendable, Equatable {
    /// What is counted.
    enum Measure: Sendable, Equatable {
        case tokens
        case dollars
    }

    /// Tokens or dollars.
    var measure: Measure
    /// The rolling window.
    var window: UsageWindow
    /// The ceiling.
    var limit: Double
    /// Whose usage counts.
    enum Scope: Sendable, Equatable {
        /// The agent's own.
        case agent
        /// Every agent's.
        case global
        /// Every call to this provider.
        case provider(String)
    }

    /// Whose usage counts.
    var scope: Scope
    /// The setting, for messages (`[resources] max_llm_tokens_per_hour`).
    var setting: String

    /// The spend this limit counts in `totals`.
    func spend(_ totals: UsageTotals) -> Double {
        measure == .tokens ? Double(totals.inputTokens + totals.outputTokens) : totals.costUSD
    }

    /// `1,234 tokens` or `$0.42`.
    func format(_ value: Double) -> String {
        measure == .tokens ? "\(Int(value)) tokens" : "$" + DecimalText.fixed(value, digits: 2)
    }
}
