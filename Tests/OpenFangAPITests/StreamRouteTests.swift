import AsyncHTTPClient
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import OpenFangAPI
import OpenFangKernel
import OpenFangTesting
import OpenFangTypes
import Testing

/// Server-sent events: a turn's events arrive in order, ending with `done`; the kernel's event
/// stream delivers events as they happen.
@Suite(.timeLimit(.minutes(1))) struct StreamRouteTests {
    static let manifest = "name = \"ops\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n"

    /// `(event, data)` pairs of an SSE body.
    static func events(_ text: String) -> [(String, JSONValue?)] {
        text.components(separatedBy: "\n\n").compactMap { block in
            let lines = block.split(separator: "\n")
            guard let name = lines.first(where: { $0.hasPrefix("event: ") })?.dropFirst(7) else { return nil }
            let data = lines.first(where: { $0.hasPrefix("data: ") }).map { String($0.dropFirst(6)) }
            return (String(name), data.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) })
        }
    }

    @Test func aTurnStreamsItsEventsInOrder() async throws {
        try await APIHarness.run { server, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            server.enqueue(OpenAIWire.textStream(["Hel", "lo ", "there"]))
            try await client.execute(uri: "/api/agents/ops/message/stream", method: .post, body: APIHarness.body(#"{"message": "hi"}"#)) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "text/event-stream")
                let events = Self.events(String(buffer: response.body))
                #expect(events.first?.0 == "phase" && events.last?.0 == "done", "\(events.map(\.0))")
                let chunks = events.filter { $0.0 == "chunk" }.compactMap { $0.1?["content"]?.stringValue }
                #expect(chunks.joined() == "Hello there" && chunks.count == 3)
                #expect(events.last?.1?["response"]?.stringValue == "Hello there")
                #expect(events.last?.1?["usage"]?["output_tokens"] != nil)
            }
            try await client.execute(uri: "/api/agents/nobody/message/stream", method: .post, body: APIHarness.body(#"{"message": "hi"}"#)) { response in
                #expect(response.status == .notFound, "an unknown agent is a plain error, not a stream")
            }
            try await kernel.setState(.suspended, of: "ops")
            try await client.execute(uri: "/api/agents/ops/message/stream", method: .post, body: APIHarness.body(#"{"message": "hi"}"#)) { response in
                // Refused before the stream opens: the status says it, as `/message` does.
                #expect(response.status == .conflict && APIHarness.json(response)?["error"]?["code"]?.stringValue == "agent_not_running")
            }
        }
    }

    @Test func theEventStreamDeliversKernelEventsAsTheyHappen() async throws {
        try await APIHarness.run { _, kernel, client in
            let port = try #require(client.port)
            let http = HTTPClient(eventLoopGroupProvider: .singleton)
            let seen = try await withThrowingTaskGroup(of: String.self) { group in
                group.addTask {
                    let response = try await http.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/events/stream"), timeout: .seconds(20))
                    var seen = ""
                    var spawned = false
                    for try await buffer in response.body {
                        seen += String(buffer: buffer)
                        if seen.contains("event: connected"), !spawned {
                            spawned = true
                            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
                        }
                        if seen.contains("event: agent_spawned") { break }
                    }
                    return seen
                }
                let seen = try await group.next() ?? ""
                group.cancelAll()
                return seen
            }
            try await http.shutdown()
            let events = Self.events(seen)
            #expect(events.map(\.0).prefix(2) == ["connected", "agent_spawned"])
            #expect(events.last?.1?["payload"]?["name"]?.stringValue == "ops")
        }
    }
}
