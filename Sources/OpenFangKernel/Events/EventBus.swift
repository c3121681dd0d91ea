import FoundationEssentials
import Synchronization

/// Fans kernel events out to subscribers, each an `AsyncStream` with a bounded buffer: a slow
/// subscriber loses its oldest events, never blocks the kernel. (A mutex rather than an actor, so
/// a stream that ends can unsubscribe synchronously, without spawning a task.)
public final class EventBus: Sendable {
    private let subscribers = Mutex<[UUID: AsyncStream<KernelEvent>.Continuation]>([:])
    /// Events each subscriber may have waiting.
    public let bufferSize: Int

    /// Creates a bus.
    public init(bufferSize: Int = 256) {
        self.bufferSize = bufferSize
    }

    /// A stream of every event published from now on; it ends when the subscriber stops iterating.
    public func subscribe() -> AsyncStream<KernelEvent> {
        let (stream, continuation) = AsyncStream<KernelEvent>.makeStream(bufferingPolicy: .bufferingNewest(bufferSize))
        let id = UUID()
        subscribers.withLock { $0[id] = continuation }
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        return stream
    }

    /// Delivers `event` to every subscriber.
    public func publish(_ event: KernelEvent) {
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield(event) }
    }

    /// Ends every subscription.
    public func finish() {
        let all = subscribers.withLock { current in
            defer { current.removeAll() }
            return Array(current.values)
        }
        for continuation in all { continuation.finish() }
    }

    /// How many subscribers are listening.
    public var subscriberCount: Int { subscribers.withLock { $0.count } }
}
