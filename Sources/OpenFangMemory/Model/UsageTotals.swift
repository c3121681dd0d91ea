/// Sums over a set of turns.
public struct UsageTotals: Sendable, Hashable, Codable {
    /// Turns counted.
    public var turns: Int
    /// Prompt tokens.
    public var inputTokens: Int
    /// Completion tokens.
    public var outputTokens: Int
    /// Dollars.
    public var costUSD: Double
    /// Tool calls.
    public var toolCalls: Int

    /// Nothing used.
    public static let zero = UsageTotals(turns: 0, inputTokens: 0, outputTokens: 0, costUSD: 0, toolCalls: 0)
}
