import ServiceLifecycle

/// Lets something inside the daemon (`POST /api/shutdown`) ask for a graceful stop: the service
/// returns when asked, and its group entry is set to shut the whole group down when it does.
public struct ShutdownRequestService: Service {
    private let requests: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    /// Creates the service.
    public init() {
        (requests, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks for the stop.
    public func request() {
        continuation.yield()
    }

    public func run() async throws {
        for await _ in requests.cancelOnGracefulShutdown() { return }
    }
}
