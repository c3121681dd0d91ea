/// `[budget]`: global spending limits (0 = unlimited).
public struct BudgetConfig: ConfigSection {
    /// Dollars per hour across all agents.
    public var maxHourlyUSD: Double
    /// Dollars per day across all agents.
    public var maxDailyUSD: Double
    /// Dollars per month across all agents.
    public var maxMonthlyUSD: Double
    /// Share of a limit that raises a warning.
    public var alertThreshold: Double
    /// If > 0, overrides every agent's tokens/hour.
    public var defaultMaxLLMTokensPerHour: Int
    /// Limits per provider id (`[budget.providers.openai]`), across all agents.
    public var providers: [String: ProviderBudget]

    /// OpenFang's defaults.
    public static let defaults = BudgetConfig(
        maxHourlyUSD: 0, maxDailyUSD: 0, maxMonthlyUSD: 0, alertThreshold: 0.8, defaultMaxLLMTokensPerHour: 0, providers: [:])

    enum CodingKeys: String, CodingKey {
        case maxHourlyUSD = "max_hourly_usd"
        case maxDailyUSD = "max_daily_usd"
        case maxMonthlyUSD = "max_monthly_usd"
        case alertThreshold = "alert_threshold"
        case defaultMaxLLMTokensPerHour = "default_max_llm_tokens_per_hour"
        case providers
    }
}

extension BudgetConfig {
    /// Decodes the table; missing keys take OpenFang's defaults, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        maxHourlyUSD = try c.decode(.maxHourlyUSD, default: d.maxHourlyUSD)
        maxDailyUSD = try c.decode(.maxDailyUSD, default: d.maxDailyUSD)
        maxMonthlyUSD = try c.decode(.maxMonthlyUSD, default: d.maxMonthlyUSD)
        alertThreshold = try c.decode(.alertThreshold, default: d.alertThreshold)
        defaultMaxLLMTokensPerHour = try c.decode(.defaultMaxLLMTokensPerHour, default: d.defaultMaxLLMTokensPerHour)
        providers = try c.decode(.providers, default: d.providers)
    }
}
