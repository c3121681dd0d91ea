import FoundationEssentials
import HummingbirdWebSocket
import NIOWebSocket
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// One WebSocket connection to an agent (`/api/agents/{id}/ws`): the client sends
/// `{"type":"message","content":…}` or `{"type":"ping"}`; the server sends `connected`, the
/// turn's `text_delta`, `tool_start`, `tool_result`, `phase`, then `response` (or
/// `silent_complete`), `pong` and `error` frames, JSON with a `type`. Messages are handled
/// concurrently (a ping is answered during a turn); the kernel keeps one agent's turns in order.
struct AgentSocket: Sendable {
    /// The largest client message.
    static let maxMessageBytes = 64 * 1024

    typealias Handler = @Sendable (AgentSocket, [String: JSONValue], WebSocketOutboundWriter) async throws -> Void

    /// Client frame types → handlers.
    static let handlers: [String: Handler] = [
        "message": { socket, frame, outbound in try await socket.message(frame, outbound) },
        "ping": { _, _, outbound in try await send(["type": .string("pong")], outbound) },
    ]

    let kernel: Kernel
    let agentID: String
    let limits: WebSocketLimits
    let activity = SocketActivity()

    /// Serves the connection until the client closes it or stays silent past the idle timeout.
    func serve(_ inbound: WebSocketInboundStream, _ outbound: WebSocketOutboundWriter) async throws {
        try await Self.send(["type": .string("connected"), "agent_id": .string(agentID)], outbound)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await closeWhenIdle(outbound) }
            defer { group.cancelAll() }
            for try await message in inbound.messages(maxSize: Self.maxMessageBytes) {
                activity.touch()
                guard case .text(let text) = message, let frame = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)).objectValue else {
                    try await Self.send(Self.error("frames are JSON text objects with a `type`"), outbound)
                    continue
                }
                guard let handler = frame["type"]?.stringValue.flatMap({ Self.handlers[$0] }) else {
                    try await Self.send(Self.error("unknown frame type; known: \(Self.handlers.keys.sorted().joined(separator: ", "))"), outbound)
                    continue
                }
                if frame["type"]?.stringValue == "message", !activity.admitMessage(perMinute: limits.messagesPerMinute) {
                    try await Self.send(Self.error("rate limit: \(limits.messagesPerMinute) messages a minute per connection"), outbound)
                    continue
                }
                group.addTask { try await handler(self, frame, outbound) }
            }
        }
    }

    /// Closes the connection once the client has been silent for the idle timeout; returns
    /// quietly when the connection ends first.
    private func closeWhenIdle(_ outbound: WebSocketOutboundWriter) async throws {
        while !Task.isCancelled {
            let left = limits.idleTimeout - activity.idle
            if left <= .zero {
                try? await outbound.close(.goingAway, reason: "idle for \(limits.idleTimeout)")
                return
            }
            do {
                try await Task.sleep(for: min(left, .seconds(1)))
            } catch {
                return
            }
        }
    }

    private func message(_ frame: [String: JSONValue], _ outbound: WebSocketOutboundWriter) async throws {
        guard let content = frame["content"]?.stringValue, !content.isEmpty else {
            try await Self.send(Self.error("a message frame needs `content` (text)"), outbound)
            return
        }
        do {
            let result = try await kernel.send(content, to: agentID, sender: "websocket") { event in
                if let frame = Self.frame(for: event) { try? await Self.send(frame, outbound) }
            }
            let usage: [String: JSONValue] = [
                "input_tokens": .integer(Int64(result.usage.inputTokens)), "output_tokens": .integer(Int64(result.usage.outputTokens)),
            ]
            if result.silent {
                try await Self.send(usage.merging(["type": .string("silent_complete")]) { $1 }, outbound)
            } else {
                try await Self.send(
                    usage.merging(["type": .string("response"), "content": .string(result.response), "iterations": .integer(Int64(result.iterations))]) { $1 },
                    outbound)
            }
        } catch {
            let failure = APIError.from(error)
            try await Self.send(["type": .string("error"), "content": .string(failure.message), "code": .string(failure.code)], outbound)
        }
    }

    /// OpenFang's WebSocket names for the message-stream events.
    static let frameTypes = ["chunk": "text_delta", "tool_use": "tool_start", "tool_result": "tool_result", "phase": "phase"]

    /// The frame a loop event becomes: the stream event's fields under its WebSocket type (nil for
    /// pieces a client does not see).
    static func frame(for event: LoopEvent) -> [String: JSONValue]? {
        guard let sse = SSEEvent(event), let type = frameTypes[sse.name], var fields = sse.data.objectValue else { return nil }
        fields["type"] = .string(type)
        return fields
    }

    static func error(_ text: String) -> [String: JSONValue] { ["type": .string("error"), "content": .string(text)] }

    static func send(_ frame: [String: JSONValue], _ outbound: WebSocketOutboundWriter) async throws {
        let data = try JSONEncoder.sortedKeys.encode(JSONValue.object(frame))
        try await outbound.writeTextMessage(String(decoding: data, as: UTF8.self))
    }
}
