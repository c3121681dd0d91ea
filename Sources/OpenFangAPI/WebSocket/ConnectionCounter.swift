import Synchronization

/// Open WebSocket connections per client address.
final class ConnectionCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    /// Counts a connection of `client` unless it already has `limit`; false when refused.
    func acquire(_ client: String, limit: Int) -> Bool {
        counts.withLock { counts in
            guard counts[client, default: 0] < limit else { return false }
            counts[client, default: 0] += 1
            return true
        }
    }

    /// Whether `client` may open another connection now.
    func hasRoom(_ client: String, limit: Int) -> Bool { counts.withLock { $0[client, default: 0] < limit } }

    /// A connection of `client` closed.
    func release(_ client: String) {
        counts.withLock { counts in
            counts[client] = counts[client].map { $0 > 1 ? $0 - 1 : nil } ?? nil
        }
    }
}
