import NIOCore
import NIOPosix
import Synchronization

/// A TCP listener on a loopback address that counts every connection made to it and closes it:
/// tests aim a guard at it in many spellings and then require the count to be zero.
public final class ConnectionCanary: Sendable {
    private let channel: any Channel
    private let counter: Counter

    final class Counter: Sendable {
        let connections = Mutex(0)
    }

    /// The address it listens on.
    public let host: String
    /// The port it got.
    public let port: Int

    /// Connections accepted so far.
    public var connections: Int { counter.connections.withLock { $0 } }

    /// Starts listening on `host` (a loopback address) at a free port.
    public static func start(host: String = "127.0.0.1") async throws -> ConnectionCanary {
        let counter = Counter()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                counter.connections.withLock { $0 += 1 }
                return child.close()
            }
            .bind(host: host, port: 0).get()
        return ConnectionCanary(channel: channel, counter: counter, host: host, port: channel.localAddress?.port ?? 0)
    }

    private init(channel: any Channel, counter: Counter, host: String, port: Int) {
        self.channel = channel
        self.counter = counter
        self.host = host
        self.port = port
    }

    /// Stops listening.
    public func shutdown() async {
        try? await channel.close()
    }
}
