/// Totals for one provider and model.
public struct ModelUsage: Sendable, Hashable, Codable {
    /// Provider id.
    public var provider: String
    /// Model id.
    public var model: String
    /// The sums.
    public var totals: UsageTotals
}
