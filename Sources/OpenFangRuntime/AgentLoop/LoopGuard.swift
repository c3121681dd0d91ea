import FoundationEssentials
import OpenFangTypes

/// Stops an agent that goes round in circles. Each tool call is keyed by SHA-256 of its name and
/// canonical (key-sorted) arguments. The same call warns at 3 and is blocked at 5 (3× for polling
/// tools such as `shell_exec`); a call whose result changed since last time is progress and starts
/// counting again, one that keeps returning the same result keeps counting; A-B-A-B and
/// A-B-C-A-B-C patterns are blocked after 3 rounds; 30 calls in one turn trip the circuit breaker.
public struct LoopGuard: Sendable {
    /// Thresholds (OpenFang's defaults).
    public struct Configuration: Sendable, Equatable {
        /// Identical calls that draw a warning.
        public var warnAt = 3
        /// Identical calls that are refused.
        public var blockAt = 5
        /// Calls per turn that stop the turn.
        public var circuitBreakAt = 30
        /// How much more room polling tools get.
        public var pollMultiplier = 3
        /// Tools that legitimately repeat (polling).
        public var pollTools: Set<String> = ["shell_exec"]
        /// Rounds of a 2- or 3-call cycle that are refused.
        public var pingPongRounds = 3
        /// Calls of history searched for cycles.
        public var window = 30

        /// OpenFang's numbers.
        public init() {}
    }

    /// What to do with a call.
    public enum Verdict: Sendable, Equatable {
        case allow
        /// Run it, but tell the model it is repeating itself.
        case warn(String)
        /// Do not run it; the model gets this message as the tool's error.
        case block(String)
        /// Stop the whole turn.
        case circuitBreak(String)
    }

    private struct CallState: Sendable {
        var count = 0
        var lastOutcome: String?
    }

    /// The thresholds in force.
    public let configuration: Configuration
    private var calls: [String: CallState] = [:]
    private var history: [String] = []
    private var total = 0

    /// A guard for one turn.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The key of a call: SHA-256 hex of `name | canonical arguments`.
    public static func key(tool: String, arguments: JSONValue) -> String {
        SHA256.hex("\(tool)|\(arguments.compactJSON)")
    }

    /// Registers a call about to run and says whether it may.
    public mutating func check(tool: String, arguments: JSONValue) -> Verdict {
        total += 1
        if total > configuration.circuitBreakAt {
            return .circuitBreak("circuit breaker: \(total) tool calls in one turn (limit \(configuration.circuitBreakAt)); stopping")
        }
        let key = Self.key(tool: tool, arguments: arguments)
        history.append(key)
        if history.count > configuration.window { history.removeFirst(history.count - configuration.window) }
        if let period = pingPongPeriod() {
            return .block("\(tool) is part of a repeating \(period)-call cycle (\(configuration.pingPongRounds) rounds); try a different approach")
        }
        calls[key, default: CallState()].count += 1
        let count = calls[key]!.count
        let multiplier = configuration.pollTools.contains(tool) ? configuration.pollMultiplier : 1
        if count >= configuration.blockAt * multiplier {
            return .block("\(tool) was called \(count) times with the same arguments and the same result; blocked. Change the arguments or stop")
        }
        if count >= configuration.warnAt * multiplier {
            return .warn("[LOOP GUARD] \(tool) has been called \(count) times with the same arguments; if it is not making progress, stop or try something else")
        }
        return .allow
    }

    /// Records what a call returned: a changed result is progress and resets that call's count.
    public mutating func recordOutcome(tool: String, arguments: JSONValue, result: String) {
        let key = Self.key(tool: tool, arguments: arguments)
        let outcome = String(result.prefix(1_000))
        guard var state = calls[key] else { return }
        if let last = state.lastOutcome, last != outcome { state.count = 1 }
        state.lastOutcome = outcome
        calls[key] = state
    }

    /// The period (2 or 3) of a cycle repeated `pingPongRounds` times at the end of the history.
    private func pingPongPeriod() -> Int? {
        for period in [2, 3] {
            let length = period * configuration.pingPongRounds
            guard history.count >= length else { continue }
            let tail = Array(history.suffix(length))
            let pattern = Array(tail.prefix(period))
            guard Set(pattern).count == period else { continue }
            if tail.indices.allSatisfy({ tail[$0] == pattern[$0 % period] }) { return period }
        }
        return nil
    }
}
