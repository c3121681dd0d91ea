/// One server-sent event (`event:` name, joined `data:` lines, `id:`).
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` field, if any.
    public var event: String?
    /// The `data:` lines joined with newlines.
    public var data: String
    /// The `id:` field, if any.
    public var id: String?

    /// Creates an event.
    public init(event: String? = nil, data: String, id: String? = nil) {
        self.event = event
        self.data = data
        self.id = id
    }
}
