import Logging
import NIOCore

/// How the daemon's HTTP server runs: where it listens, which browser origins may call it, how
/// much a client may ask for, and whom to tell when it is up.
public struct APIConfiguration: Sendable {
    /// The address to bind.
    public var host: String
    /// The port (0: any free port).
    public var port: Int
    /// The daemon's version, for health and OpenAPI.
    public var version: String
    /// Browser origins allowed by CORS (none: no CORS headers at all).
    public var corsOrigins: [String]
    /// Cost units a client may spend per minute (GCRA); 0 turns rate limiting off.
    public var rateLimitPerMinute: Int
    /// The largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    /// Limits of the agent WebSocket.
    public var webSocketLimits = WebSocketLimits()
    /// Whether the server sits behind TLS (adds HSTS).
    public var behindTLS: Bool
    /// How long a connection may sit with no request in flight (half a request head included)
    /// before it is closed, so idle or stuck clients cannot hold connections open.
    public var idleTimeout: TimeAmount = .seconds(60)
    /// Server logs.
    public var logger: Logger
    /// Called with the port once the server listens.
    public var onRunning: @Sendable (Int) async -> Void
    /// Called by `POST /api/shutdown` (from this machine only) to stop the daemon gracefully.
    public var onShutdown: @Sendable () async -> Void

    /// A configuration with OpenFang's limits (500 units a minute, 1 MiB bodies).
    public init(
        host: String = "127.0.0.1", port: Int = 0, version: String, corsOrigins: [String] = [], rateLimitPerMinute: Int = 500,
        maxBodyBytes: Int = 1 << 20, behindTLS: Bool = false, logger: Logger = Logger(label: "openfang.api"),
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }, onShutdown: @escaping @Sendable () async -> Void = {}
    ) {
        self.host = host
        self.port = port
        self.version = version
        self.corsOrigins = corsOrigins
        self.rateLimitPerMinute = rateLimitPerMinute
        self.maxBodyBytes = maxBodyBytes
        self.behindTLS = behindTLS
        self.logger = logger
        self.onRunning = onRunning
        self.onShutdown = onShutdown
    }
}
