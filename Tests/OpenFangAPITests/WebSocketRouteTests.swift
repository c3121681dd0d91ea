import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import OpenFangAPI
import OpenFangKernel
import OpenFangTesting
import OpenFangTypes
import Synchronization
import Testing
import WSClient

/// The agent WebSocket: connected, ping/pong, a streamed turn, several clients on one agent, a
/// clean close; refused upgrades for unknown agents and foreign origins.
@Suite(.timeLimit(.minutes(1))) struct WebSocketRouteTests {
    static let manifest = "name = \"ops\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n"

    /// Connects, sends `frames`, and collects what the server sends until `stop` says enough;
    /// then closes cleanly.
    static func converse(port: Int, path: String = "/api/agents/ops/ws", headers: HTTPFields = [:], frames: [String], until stop: @escaping @Sendable ([JSONValue]) -> Bool) async throws -> [JSONValue] {
        let received = Mutex<[JSONValue]>([])
        try await WebSocketClient.connect(
            url: "ws://127.0.0.1:\(port)\(path)", configuration: .init(additionalHeaders: headers), logger: Logger(label: "ws-test")
        ) { inbound, outbound, _ in
            for frame in frames { try await outbound.write(.text(frame)) }
            for try await message in inbound.messages(maxSize: 1 << 20) {
                guard case .text(let text) = message, let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { continue }
                let all = received.withLock { $0.append(value); return $0 }
                if stop(all) { break }
            }
        }
        return received.withLock { $0 }
    }

    @Test func aClientChatsOverTheSocketAndSeveralShareAnAgent() async throws {
        try await APIHarness.run { server, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            let port = try #require(client.port)
            server.enqueue(OpenAIWire.textStream(["Hi ", "there"]))
            let frames = try await Self.converse(port: port, frames: [#"{"type":"ping"}"#, #"{"type":"message","content":"hello"}"#]) { all in
                all.contains { ["response", "error"].contains($0["type"]?.stringValue) }
            }
            let types = frames.compactMap { $0["type"]?.stringValue }
            #expect(types.first == "connected" && types.contains("pong") && types.last == "response", "\(types)")
            #expect(frames.filter { $0["type"]?.stringValue == "text_delta" }.compactMap { $0["content"]?.stringValue }.joined() == "Hi there")
            #expect(frames.last?["content"]?.stringValue == "Hi there" && frames.last?["output_tokens"] != nil)

            server.enqueue(OpenAIWire.textStream(["one"]), OpenAIWire.textStream(["two"]))
            try await withThrowingTaskGroup(of: [JSONValue].self) { group in
                for name in ["a", "b"] {
                    group.addTask {
                        try await Self.converse(port: port, frames: [#"{"type":"message","content":"from \#(name)"}"#]) { all in
                            all.contains { ["response", "error"].contains($0["type"]?.stringValue) }
                        }
                    }
                }
                var replies: [String] = []
                for try await frames in group { replies += frames.compactMap { $0["type"]?.stringValue == "response" ? $0["content"]?.stringValue : nil } }
                #expect(replies.sorted() == ["one", "two"])
            }
        }
    }

    @Test func badFramesGetErrorsAndBadUpgradesAreRefused() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            let port = try #require(client.port)
            let frames = try await Self.converse(port: port, frames: ["not json", #"{"type":"dance"}"#, #"{"type":"message"}"#]) { $0.count >= 4 }
            #expect(frames.dropFirst().allSatisfy { $0["type"]?.stringValue == "error" })
            #expect(frames[2]["content"]?.stringValue == "unknown frame type; known: message, ping")
            await #expect(throws: (any Error).self) {
                _ = try await Self.converse(port: port, path: "/api/agents/nobody/ws", frames: []) { _ in true }
            }
            await #expect(throws: (any Error).self) {
                _ = try await Self.converse(port: port, headers: [.origin: "http://evil.example"], frames: []) { _ in true }
            }
            try await client.execute(uri: "/api/agents/ops/ws", method: .get) { response in
                #expect(response.status.code == 426 && APIHarness.json(response)?["error"]?["code"]?.stringValue == "upgrade_required")
            }
        }
    }

    @Test func messageRateIdleTimeoutAndConnectionsPerClientAreLimited() async throws {
        let limits = WebSocketLimits(messagesPerMinute: 1, idleTimeout: .seconds(2), connectionsPerClient: 1)
        try await APIHarness.run(api: { $0.webSocketLimits = limits }) { server, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            let port = try #require(client.port)
            server.enqueue(OpenAIWire.textStream(["only one"]))
            let connected = Flag()
            let frames = try await withThrowingTaskGroup(of: [JSONValue].self) { group in
                group.addTask {
                    // Never stops on its own: the server closes it after 2 idle seconds.
                    try await Self.converse(port: port, frames: [#"{"type":"message","content":"a"}"#, #"{"type":"message","content":"b"}"#]) { all in
                        connected.set()
                        return false
                    }
                }
                while !connected.isSet { try await Task.sleep(for: .milliseconds(20)) }
                await #expect(throws: (any Error).self, "a second connection from the same client is refused") {
                    _ = try await Self.converse(port: port, frames: []) { _ in true }
                }
                return try await group.next() ?? []
            }
            let errors = frames.filter { $0["type"]?.stringValue == "error" }.compactMap { $0["content"]?.stringValue }
            #expect(errors == ["rate limit: 1 messages a minute per connection"])
            #expect(frames.contains { $0["type"]?.stringValue == "response" }, "the first message was answered, then the idle connection closed")
        }
    }

    /// A flag set from another task.
    final class Flag: Sendable {
        private let value = Mutex(false)
        func set() { value.withLock { $0 = true } }
        var isSet: Bool { value.withLock { $0 } }
    }
}
