/// Incremental `text/event-stream` parser: feed bytes as they arrive (cut anywhere, even inside a
/// UTF-8 character), get whole events. Never traps on garbage; an over-long line is an error.
public struct ServerSentEventParser: Sendable {
    /// A line longer than this is refused (a broken or hostile stream).
    public static let maximumLineBytes = 8 * 1024 * 1024

    /// The stream broke the format beyond repair.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    private var line: [UInt8] = []
    private var lastWasCarriageReturn = false
    private var event: String?
    private var data: [String] = []
    private var id: String?
    private var hasData = false

    /// A parser at the start of a stream.
    public init() {}

    /// The events completed by `bytes`.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(Failure) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n"), lastWasCarriageReturn {
                lastWasCarriageReturn = false
                continue
            }
            lastWasCarriageReturn = byte == UInt8(ascii: "\r")
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if let event = endLine() { events.append(event) }
                continue
            }
            line.append(byte)
            if line.count > Self.maximumLineBytes {
                line.removeAll()
                throw Failure(description: "an event-stream line is longer than \(Self.maximumLineBytes) bytes")
            }
        }
        return events
    }

    /// The last event when the stream ends without a blank line.
    public mutating func finish() -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        if !line.isEmpty, let event = endLine() { events.append(event) }
        if let event = dispatch() { events.append(event) }
        return events
    }

    private mutating func endLine() -> ServerSentEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty { return dispatch() }
        if line.first == UInt8(ascii: ":") { return nil }
        let text = String(decoding: line, as: UTF8.self)
        let field: Substring
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
        } else {
            field = Substring(text)
            value = ""
        }
        switch field {
        case "event": event = String(value)
        case "data":
            data.append(String(value))
            hasData = true
        case "id": id = String(value)
        default: break
        }
        return nil
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            event = nil
            data.removeAll()
            hasData = false
        }
        guard hasData || event != nil else { return nil }
        return ServerSentEvent(event: event, data: data.joined(separator: "\n"), id: id)
    }
}
