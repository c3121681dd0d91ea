/// Recent GET results and searches, kept for a short time so a model asking twice does not
/// fetch twice.
public actor WebCache {
    private var entries: [String: (value: String, expires: ContinuousClock.Instant)] = [:]
    /// How long an entry lives.
    public let ttl: Duration

    /// Creates a cache; a zero `ttl` keeps nothing.
    public init(ttl: Duration) {
        self.ttl = ttl
    }

    /// The live entry for `key`.
    public func value(for key: String) -> String? {
        guard let entry = entries[key] else { return nil }
        guard entry.expires > .now else {
            entries[key] = nil
            return nil
        }
        return entry.value
    }

    /// Stores `value` under `key`.
    public func store(_ value: String, for key: String) {
        guard ttl > .zero else { return }
        if entries.count > 500 { entries = entries.filter { $0.value.expires > .now } }
        entries[key] = (value, .now + ttl)
    }
}
