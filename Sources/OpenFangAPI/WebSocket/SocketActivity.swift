import Synchronization

/// When a connection last heard from its client, and the times of its recent message frames.
final class SocketActivity: Sendable {
    private struct State {
        var last = ContinuousClock.now
        var messages: [ContinuousClock.Instant] = []
    }

    private let state = Mutex(State())

    /// The client sent something.
    func touch() { state.withLock { $0.last = .now } }

    /// How long the client has been silent.
    var idle: Duration { state.withLock { ContinuousClock.now - $0.last } }

    /// Counts a message frame; false when it is over `perMinute` in the last minute.
    func admitMessage(perMinute: Int) -> Bool {
        state.withLock { state in
            let now = ContinuousClock.now
            state.messages.removeAll { now - $0 > .seconds(60) }
            guard state.messages.count < perMinute else { return false }
            state.messages.append(now)
            return true
        }
    }
}
