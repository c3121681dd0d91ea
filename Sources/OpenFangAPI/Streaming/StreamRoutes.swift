import FoundationEssentials
import Hummingbird
import ServiceLifecycle
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `POST /api/agents/{id}/message/stream` (the turn as server-sent events) and
/// `GET /api/events/stream` (every kernel event as it happens).
struct StreamRoutes: APIRouteGroup {
    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(
            .post, "/api/agents/{id}/message/stream", summary: "Send a message and receive the turn as server-sent events (chunk, tool_use, tool_result, phase, done, error)",
            body: ["message": .required("the text (at most 64 KB)"), "sender_name": "who sends it"], response: "text/event-stream", cost: 30, errors: APIBodyField.turnErrors
        ) { request, context -> Response in
            let id = try context.parameters.require("id")
            let body = try await RequestJSON.read(request, limit: AgentRoutes.maxMessageBytes + 4_096)
            let message = try body.string("message")
            guard message.utf8.count <= AgentRoutes.maxMessageBytes else { throw APIError(.contentTooLarge, "`message` is longer than 64 KB", field: "message") }
            let agentID = try await kernel.requireAgent(id).id.description
            try await kernel.admit(agentID)
            let sender = try body.optionalString("sender_name")
            let (events, continuation) = AsyncStream<SSEEvent>.makeStream()
            return Self.eventStream(events) {
                do {
                    let result = try await kernel.send(message, to: agentID, sender: sender) { event in
                        if let sse = SSEEvent(event) { continuation.yield(sse) }
                    }
                    continuation.yield(.done(result, agentID: agentID))
                } catch {
                    continuation.yield(.error(error))
                }
                continuation.finish()
            }
        }
        routes.on(.get, "/api/events/stream", summary: "Every kernel event as a server-sent event, named by kind", response: "text/event-stream", cost: 5) { _, _ in
            let subscription = kernel.events.subscribe()
            let (events, continuation) = AsyncStream<SSEEvent>.makeStream()
            return Self.eventStream(events) {
                continuation.yield(SSEEvent(name: "connected", data: .object([:])))
                // Ends at the daemon's graceful shutdown, so an open stream never holds it up.
                for await event in subscription.cancelOnGracefulShutdown() { continuation.yield(SSEEvent(event)) }
                continuation.finish()
            }
        }
    }

    /// A `text/event-stream` answer: `producer` runs beside the writer, which sends each event as
    /// it arrives; when the client goes away the producer is cancelled.
    static func eventStream(_ events: AsyncStream<SSEEvent>, producer: @escaping @Sendable () async -> Void) -> Response {
        let body = ResponseBody { writer in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await producer() }
                defer { group.cancelAll() }
                for await event in events { try await writer.write(ByteBuffer(string: event.text)) }
                try await group.waitForAll()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
    }
}
