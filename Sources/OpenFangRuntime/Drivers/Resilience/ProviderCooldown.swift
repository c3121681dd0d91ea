import Synchronization

/// After repeated failures a provider rests for a while instead of being hammered; one success
/// clears it. Shared by every driver of the process.
public final class ProviderCooldown: Sendable {
    struct Entry {
        var failures = 0
        var until: ContinuousClock.Instant?
    }

    /// Consecutive failures that start a cooldown.
    public let threshold: Int
    /// How long it lasts.
    public let duration: Duration
    private let entries = Mutex<[String: Entry]>([:])

    /// Creates a cooldown tracker.
    public init(threshold: Int = 3, duration: Duration = .seconds(60)) {
        self.threshold = threshold
        self.duration = duration
    }

    /// When the provider may be called again, if it is cooling down at `now`.
    public func coolingDown(_ provider: String, now: ContinuousClock.Instant = .now) -> ContinuousClock.Instant? {
        entries.withLock { $0[provider]?.until.flatMap { $0 > now ? $0 : nil } }
    }

    /// Records a failure; returns true when it started a cooldown.
    @discardableResult
    public func recordFailure(_ provider: String, now: ContinuousClock.Instant = .now) -> Bool {
        entries.withLock { entries in
            var entry = entries[provider] ?? Entry()
            entry.failures += 1
            let started = entry.failures >= threshold
            if started {
                entry.until = now + duration
                entry.failures = 0
            }
            entries[provider] = entry
            return started
        }
    }

    /// Records a success, clearing the failure count.
    public func recordSuccess(_ provider: String) {
        _ = entries.withLock { $0.removeValue(forKey: provider) }
    }
}
