/// One scripted HTTP answer: status, headers and a body sent in pieces, with pauses between them.
public struct ScriptedReply: Sendable {
    /// A piece of the body, or a pause before the next piece.
    public enum Piece: Sendable {
        case bytes(String)
        case pause(Duration)
    }

    /// HTTP status.
    public var status: Int
    /// Response headers.
    public var headers: [(name: String, value: String)]
    /// The body, piece by piece (streamed with chunked encoding when there is more than one piece).
    public var pieces: [Piece]
    /// Close the connection after the last piece without ending the response (a truncated stream).
    public var dropConnection: Bool

    /// Creates a reply.
    public init(status: Int = 200, headers: [(name: String, value: String)] = [], pieces: [Piece], dropConnection: Bool = false) {
        self.status = status
        self.headers = headers
        self.pieces = pieces
        self.dropConnection = dropConnection
    }

    /// A JSON body.
    public static func json(_ body: String, status: Int = 200, headers: [(name: String, value: String)] = []) -> ScriptedReply {
        ScriptedReply(status: status, headers: [("content-type", "application/json")] + headers, pieces: [.bytes(body)])
    }

    /// An event stream: each `data` becomes `data: …\n\n` (with `event:` when named), `pause` between events.
    public static func eventStream(_ events: [(event: String?, data: String)], pause: Duration? = nil) -> ScriptedReply {
        var pieces: [Piece] = []
        for (index, item) in events.enumerated() {
            if index > 0, let pause { pieces.append(.pause(pause)) }
            pieces.append(.bytes((item.event.map { "event: \($0)\n" } ?? "") + "data: \(item.data)\n\n"))
        }
        return ScriptedReply(status: 200, headers: [("content-type", "text/event-stream")], pieces: pieces)
    }

    /// An error status with a JSON body (and `retry-after` when given).
    public static func error(_ status: Int, _ body: String, retryAfter: String? = nil) -> ScriptedReply {
        .json(body, status: status, headers: retryAfter.map { [("retry-after", $0)] } ?? [])
    }
}
