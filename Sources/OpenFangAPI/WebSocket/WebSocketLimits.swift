/// Limits of the agent WebSocket (OpenFang's: 10 messages a minute per connection, closed after
/// 30 idle minutes, 5 connections per client address).
public struct WebSocketLimits: Sendable {
    /// Message frames one connection may send per minute (more get an error frame).
    public var messagesPerMinute: Int
    /// A connection with nothing from the client for this long is closed.
    public var idleTimeout: Duration
    /// Open connections per client address (more are refused at the upgrade).
    public var connectionsPerClient: Int

    /// OpenFang's limits by default.
    public init(messagesPerMinute: Int = 10, idleTimeout: Duration = .seconds(1_800), connectionsPerClient: Int = 5) {
        self.messagesPerMinute = messagesPerMinute
        self.idleTimeout = idleTimeout
        self.connectionsPerClient = connectionsPerClient
    }
}
