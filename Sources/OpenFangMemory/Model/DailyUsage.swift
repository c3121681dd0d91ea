/// Totals for one UTC day (`2026-11-28`).
public struct DailyUsage: Sendable, Hashable, Codable {
    /// The day, `YYYY-MM-DD` in UTC.
    public var day: String
    /// The sums.
    public var totals: UsageTotals
}
