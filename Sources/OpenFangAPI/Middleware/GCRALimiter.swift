import FoundationEssentials
import Synchronization

/// A generic cell rate algorithm limiter keyed by client: each client may spend `perMinute`
/// cost units a minute, in bursts up to a minute's worth. (A mutex: the check is synchronous.)
final class GCRALimiter: Sendable {
    /// Units per minute.
    let perMinute: Int
    private let arrival = Mutex<[String: Double]>([:])

    init(perMinute: Int) {
        self.perMinute = perMinute
    }

    /// Spends `cost` units for `client` at `now` (seconds); nil when allowed, else the seconds to
    /// wait before the same request would be.
    func spend(_ cost: Int, client: String, now: Double) -> Int? {
        let interval = 60.0 / Double(perMinute)
        let tolerance = 60.0
        return arrival.withLock { table -> Int? in
            let theoretical = max(table[client] ?? now, now) + Double(cost) * interval
            let wait = theoretical - tolerance - now
            guard wait <= 0 else { return max(1, Int(wait.rounded(.up))) }
            table[client] = theoretical
            if table.count > 10_000 { table = table.filter { $0.value > now } }
            return nil
        }
    }
}
