import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A crashed agent's restart bookkeeping: how often it was restarted since its last good turn,
/// and when the next restart is due.
struct RestartRecord: Sendable, Equatable {
    /// Restarts so far.
    var restarts: Int
    /// When the next restart is due.
    var due: Date

    /// Backoff before restart number `n` (1-based): 1 s, 2 s, 4 s … capped at 60 s.
    static func backoff(_ n: Int) -> TimeInterval { min(pow(2, Double(max(n, 1) - 1)), 60) }
}
