import OpenFangRuntime
import OpenFangTypes
import Testing

/// The scenarios every driver must pass against the scripted server speaking its wire format:
/// text, streamed text, parallel tool calls (plain and streamed), thinking, and each error class.
public enum LLMDriverConformance {
    /// Makes a driver talking to `baseURL`.
    public typealias Factory = @Sendable (_ baseURL: String) -> any LLMDriver

    static let calls: [ProviderWire.Call] = [
        ("call_1", "file_read", #"{"path":"notes.txt"}"#), ("call_2", "web_fetch", #"{"url":"http://127.0.0.1:8/x","max":3}"#),
    ]
    static let expectedCalls: [(name: String, input: JSONValue)] = [
        ("file_read", .object(["path": .string("notes.txt")])),
        ("web_fetch", .object(["url": .string("http://127.0.0.1:8/x"), "max": .integer(3)])),
    ]

    /// Runs every scenario on one server.
    public static func run(wire: any ProviderWire.Type, server: ScriptedLLMServer, driver make: Factory) async throws {
        let driver = make(server.baseURL)
        let request = CompletionRequest(model: "test-model", system: "Be brief.", messages: [.user("hello")], maxTokens: 64)

        server.enqueue(wire.text("Hi there"))
        let plain = try await driver.complete(request)
        #expect(plain.text == "Hi there" && plain.stopReason == .endTurn && plain.usage.inputTokens == 11)

        server.enqueue(wire.textStream(["Hi", " there", "!"]))
        let streamed = try await collect(driver.stream(request))
        #expect(streamed.deltas == "Hi there!" && streamed.final?.text == "Hi there!" && streamed.final?.stopReason == .endTurn)

        server.enqueue(wire.toolCalls(calls))
        let called = try await driver.complete(request)
        #expect(called.stopReason == .toolUse)
        #expect(called.toolCalls.map(\.name) == expectedCalls.map(\.name) && called.toolCalls.map(\.input) == expectedCalls.map(\.input))

        server.enqueue(wire.toolCallStream(calls))
        let streamedCalls = try await collect(driver.stream(request))
        #expect(streamedCalls.ended.map(\.name) == expectedCalls.map(\.name) && streamedCalls.ended.map(\.input) == expectedCalls.map(\.input))
        #expect(streamedCalls.final?.toolCalls.count == 2 && streamedCalls.final?.stopReason == .toolUse)

        server.enqueue(wire.thinkingStream(thinking: "Weighing it", text: "Answer"))
        let thought = try await collect(driver.stream(request))
        #expect(thought.thinking == "Weighing it" && thought.final?.text == "Answer")
        if case .thinking(let text, _, _)? = thought.final?.content.first { #expect(text == "Weighing it") } else { Issue.record("no thinking block") }

        try await errors(wire: wire, server: server, driver: driver, request: request)
    }

    static func errors(wire: any ProviderWire.Type, server: ScriptedLLMServer, driver: any LLMDriver, request: CompletionRequest) async throws {
        let cases: [(ScriptedReply, (LLMError) -> Bool)] = [
            (wire.error(status: 429, message: "Too many requests", retryAfter: "4"), { $0 == .rateLimited(retryAfter: .seconds(4)) }),
            (wire.error(status: 401, message: "invalid key", retryAfter: nil), { $0 == .authentication("invalid key") }),
            (wire.error(status: 529, message: "Overloaded", retryAfter: nil), { $0 == .overloaded(retryAfter: nil) }),
            (wire.error(status: 400, message: "prompt is too long: 300000 tokens > 200000 maximum", retryAfter: nil), {
                if case .contextOverflow = $0 { return true } else { return false }
            }),
            (wire.error(status: 404, message: "model test-model not found", retryAfter: nil), {
                if case .modelNotFound(let model, _) = $0 { return model == "test-model" } else { return false }
            }),
            (wire.error(status: 500, message: "internal", retryAfter: nil), { if case .http(500, _) = $0 { return true } else { return false } }),
        ]
        for (reply, check) in cases {
            server.enqueue(reply)
            do {
                _ = try await driver.complete(request)
                Issue.record("status \(reply.status) did not fail")
            } catch let error as LLMError {
                #expect(check(error), "status \(reply.status) gave \(error)")
            }
            server.enqueue(reply)
            do {
                _ = try await collect(driver.stream(request))
                Issue.record("streamed status \(reply.status) did not fail")
            } catch let error as LLMError {
                #expect(check(error), "streamed status \(reply.status) gave \(error)")
            }
        }
    }

    /// What a stream delivered.
    struct Collected {
        var deltas = ""
        var thinking = ""
        var ended: [(name: String, input: JSONValue)] = []
        var final: CompletionResponse?
    }

    static func collect(_ stream: AsyncThrowingStream<StreamEvent, any Error>) async throws -> Collected {
        var collected = Collected()
        for try await event in stream {
            switch event {
            case .textDelta(let text): collected.deltas += text
            case .thinkingDelta(let text): collected.thinking += text
            case .toolUseEnd(_, let name, let input): collected.ended.append((name, input))
            case .contentComplete(let response): collected.final = response
            case .toolUseStart, .toolInputDelta: break
            }
        }
        return collected
    }
}
