import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

/// What one chat has used so far.
struct ChatTally: Sendable {
    /// Turns sent.
    var turns = 0
    /// Prompt tokens.
    var inputTokens = 0
    /// Completion tokens.
    var outputTokens = 0
    /// Dollars.
    var costUSD = 0.0

    /// Counts one turn.
    mutating func add(_ usage: TokenUsage, costUSD cost: Double) {
        turns += 1
        inputTokens += usage.inputTokens
        outputTokens += usage.outputTokens
        costUSD += cost
    }

    /// `label: N turns, I in / O out tokens, $C`.
    static func line(_ label: String, turns: Int, input: Int, output: Int, costUSD: Double) -> String {
        "\(label): \(turns) turn\(turns == 1 ? "" : "s"), \(input) in / \(output) out tokens, $\(DecimalText.fixed(costUSD, digits: 4))"
    }

    /// This tally as a `/usage` line.
    func line(_ label: String) -> String {
        Self.line(label, turns: turns, input: inputTokens, output: outputTokens, costUSD: costUSD)
    }

    /// Stored totals as a `/usage` line.
    static func line(_ label: String, _ totals: UsageTotals) -> String {
        line(label, turns: totals.turns, input: totals.inputTokens, output: totals.outputTokens, costUSD: totals.costUSD)
    }
}
