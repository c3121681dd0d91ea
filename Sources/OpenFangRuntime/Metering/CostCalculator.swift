import OpenFangTypes

/// Prices a turn's tokens from the catalog; models it does not know are priced at a documented
/// default ($1 in / $3 out per million tokens, as OpenFang) and flagged.
public struct CostCalculator: Sendable {
    /// Default input price per million tokens for unknown models.
    public static let defaultInputPerMillion = 1.0
    /// Default output price per million tokens for unknown models.
    public static let defaultOutputPerMillion = 3.0

    /// A priced usage.
    public struct Cost: Sendable, Equatable {
        /// US dollars.
        public var usd: Double
        /// True when the model was not in the catalog and the default prices were used.
        public var estimated: Bool
    }

    let catalog: ModelCatalog

    /// A calculator over `catalog`.
    public init(catalog: ModelCatalog = .builtin) {
        self.catalog = catalog
    }

    /// The cost of `usage` on `model` (id or alias).
    public func cost(of usage: TokenUsage, model: String) -> Cost {
        guard let entry = catalog.model(named: model) else {
            return Cost(usd: price(usage, input: Self.defaultInputPerMillion, output: Self.defaultOutputPerMillion), estimated: true)
        }
        return Cost(usd: price(usage, input: entry.inputCostPerMillion, output: entry.outputCostPerMillion), estimated: false)
    }

    private func price(_ usage: TokenUsage, input: Double, output: Double) -> Double {
        Double(usage.inputTokens) / 1_000_000 * input + Double(usage.outputTokens) / 1_000_000 * output
    }
}
