/// `[budget.providers.<id>]`: limits on one provider's calls across all agents (0 = unlimited).
public struct ProviderBudget: ConfigSection {
    /// Dollars per hour.
    public var maxHourlyUSD: Double
    /// Dollars per day.
    public var maxDailyUSD: Double
    /// Dollars per month.
    public var maxMonthlyUSD: Double
    /// Tokens (input + output) per hour.
    public var maxTokensPerHour: Int

    /// Creates limits (0 = unlimited).
    public init(maxHourlyUSD: Double = 0, maxDailyUSD: Double = 0, maxMonthlyUSD: Double = 0, maxTokensPerHour: Int = 0) {
        self.maxHourlyUSD = maxHourlyUSD
        self.maxDailyUSD = maxDailyUSD
        self.maxMonthlyUSD = maxMonthlyUSD
        self.maxTokensPerHour = maxTokensPerHour
    }

    /// No limits.
    public static let defaults = ProviderBudget(maxHourlyUSD: 0, maxDailyUSD: 0, maxMonthlyUSD: 0, maxTokensPerHour: 0)

    enum CodingKeys: String, CodingKey {
        case maxHourlyUSD = "max_hourly_usd"
        case maxDailyUSD = "max_daily_usd"
        case maxMonthlyUSD = "max_monthly_usd"
        case maxTokensPerHour = "max_tokens_per_hour"
    }
}

extension ProviderBudget {
    /// Decodes the table; missing keys are unlimited, bad values are reported.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        maxHourlyUSD = try c.decode(.maxHourlyUSD, default: d.maxHourlyUSD)
        maxDailyUSD = try c.decode(.maxDailyUSD, default: d.maxDailyUSD)
        maxMonthlyUSD = try c.decode(.maxMonthlyUSD, default: d.maxMonthlyUSD)
        maxTokensPerHour = try c.decode(.maxTokensPerHour, default: d.maxTokensPerHour)
    }
}
