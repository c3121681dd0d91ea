import Hummingbird
import HummingbirdWebSocket
import NIOCore

/// The request context of the daemon's API: Hummingbird's core context plus the client's
/// address (for the loopback rule and per-client rate limits).
public struct APIRequestContext: RequestContext, RemoteAddressRequestContext, WebSocketRequestContext {
    /// Hummingbird's storage.
    public var coreContext: CoreRequestContextStorage
    /// The connected client.
    public let remoteAddress: SocketAddress?
    /// The WebSocket handler of an upgraded request.
    public let webSocket: WebSocketHandlerReference<APIRequestContext>

    /// Creates the context of a request on `source`'s channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        webSocket = .init()
    }

    /// Whether the client is on this machine (127.0.0.0/8 or ::1).
    public var isLoopback: Bool { remoteAddress.map(Self.isLoopback) ?? false }

    /// Whether `address` is a loopback address.
    static func isLoopback(_ address: SocketAddress) -> Bool {
        guard let ip = address.ipAddress else { return false }
        return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }

    /// The client's address without port, for rate limits ("unknown" when there is none).
    public var clientKey: String { remoteAddress?.ipAddress ?? "unknown" }
}
