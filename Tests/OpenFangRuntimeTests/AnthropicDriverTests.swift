import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

/// The Anthropic driver over real HTTP against the scripted server, with fixtures shaped like
/// the Messages API documentation's examples.
@Suite(.timeLimit(.minutes(1))) struct AnthropicDriverTests {
    func withDriver(_ body: (AnthropicDriver, ScriptedLLMServer) async throws -> Void) async throws {
        try await DriverHarness.run { server, http in try await body(AnthropicDriver(baseURL: server.baseURL + "/v1/", apiKey: "sk-ant-test", http: http), server) }
    }

    static let streamWithEverything: [(event: String?, data: String)] = [
        ("message_start", #"{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"usage":{"input_tokens":25,"output_tokens":1}}}"#),
        ("content_block_start", #"{"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":""}}"#),
        ("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"The user wants a file."}}"#),
        ("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQBCgIYAhIM"}}"#),
        ("content_block_stop", #"{"type":"content_block_stop","index":0}"#),
        ("ping", #"{"type":"ping"}"#),
        ("content_block_start", #"{"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}}"#),
        ("content_block_delta", #"{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"Reading it now."}}"#),
        ("content_block_stop", #"{"type":"content_block_stop","index":1}"#),
        ("some_future_event", #"{"type":"some_future_event","x":1}"#),
        ("content_block_start", #"{"type":"content_block_start","index":2,"content_block":{"type":"tool_use","id":"toolu_01","name":"file_read","input":{}}}"#),
        ("content_block_delta", #"{"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"{\"path\": \"no"}}"#),
        ("content_block_delta", #"{"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"tes.txt\"}"}}"#),
        ("content_block_stop", #"{"type":"content_block_stop","index":2}"#),
        ("message_delta", #"{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":89}}"#),
        ("message_stop", #"{"type":"message_stop"}"#),
    ]

    @Test func streamAssemblesThinkingTextAndToolUse() async throws {
        try await withDriver { driver, server in
            server.enqueue(.eventStream(Self.streamWithEverything, pause: .milliseconds(5)))
            var events: [StreamEvent] = []
            for try await event in driver.stream(CompletionRequest(model: "claude-sonnet-4-6", messages: [.user("read notes.txt")])) {
                events.append(event)
            }
            #expect(events.contains(.thinkingDelta("The user wants a file.")) && events.contains(.textDelta("Reading it now.")))
            #expect(events.contains(.toolUseEnd(id: "toolu_01", name: "file_read", input: .object(["path": .string("notes.txt")]))))
            guard case .contentComplete(let response)? = events.last else { Issue.record("no completion"); return }
            #expect(response.content == [
                .thinking("The user wants a file.", signature: "EqQBCgIYAhIM"), .text("Reading it now."),
                .toolUse(id: "toolu_01", name: "file_read", input: .object(["path": .string("notes.txt")])),
            ])
            #expect(response.stopReason == .toolUse && response.usage == TokenUsage(inputTokens: 25, outputTokens: 89))
            #expect(response.providerMessageID == "msg_1")
        }
    }

    @Test func requestCarriesCachingThinkingAndSignaturesVerbatim() async throws {
        try await withDriver { driver, server in
            server.enqueue(.json(#"{"id":"msg_2","type":"message","role":"assistant","content":[{"type":"text","text":"Done."}],"stop_reason":"end_turn","usage":{"input_tokens":10,"output_tokens":3}}"#))
            let request = CompletionRequest(
                model: "claude-sonnet-4-6", system: "You are terse.",
                messages: [
                    .user("hi"),
                    Message(role: .assistant, content: .blocks([
                        .thinking("plan", signature: "sig-abc=="), .redactedThinking(data: "opaque"),
                        .toolUse(id: "toolu_9", name: "system_time", input: .object([:])),
                    ])),
                    Message(role: .user, content: .blocks([.toolResult(toolUseID: "toolu_9", toolName: "system_time", content: "noon", isError: false)])),
                ],
                tools: [ToolDefinition(name: "system_time", description: "Now.", inputSchema: .object([:]))],
                maxTokens: 2000, temperature: 0.3, thinkingBudget: 1024)
            let response = try await driver.complete(request)
            #expect(response.text == "Done." && response.stopReason == .endTurn)
            let sent = try #require(server.requests.first)
            #expect(sent.uri == "/v1/messages", "a base URL ending in /v1/ is not doubled")
            #expect(sent.headers["x-api-key"] == "sk-ant-test" && sent.headers["anthropic-version"] == "2023-06-01")
            let json = try #require(sent.json as? [String: Any])
            let system = json["system"] as? [[String: Any]]
            #expect((system?.first?["cache_control"] as? [String: Any])?["type"] as? String == "ephemeral")
            #expect(((json["tools"] as? [[String: Any]])?.last?["cache_control"] as? [String: Any]) != nil)
            #expect((json["thinking"] as? [String: Any])?["budget_tokens"] as? Int == 1024 && json["temperature"] == nil)
            let assistant = (json["messages"] as? [[String: Any]])?[1]["content"] as? [[String: Any]]
            #expect(assistant?.first?["signature"] as? String == "sig-abc==")
            #expect(assistant?[1]["type"] as? String == "redacted_thinking")
        }
    }

    @Test func midStreamOverloadAndTruncationAreErrors() async throws {
        try await withDriver { driver, server in
            server.enqueue(.eventStream([
                ("message_start", #"{"type":"message_start","message":{"id":"m","usage":{"input_tokens":1,"output_tokens":0}}}"#),
                ("error", #"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#),
            ]))
            let request = CompletionRequest(model: "claude-haiku-4-5-20251001", messages: [.user("x")])
            await #expect(throws: LLMError.overloaded(retryAfter: nil)) { for try await _ in driver.stream(request) {} }
            server.enqueue(.eventStream(Array(Self.streamWithEverything.prefix(8))))
            await #expect(throws: LLMError.malformedResponse("the stream ended before message_stop")) { for try await _ in driver.stream(request) {} }
            server.enqueue(.error(529, #"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#))
            await #expect(throws: LLMError.overloaded(retryAfter: nil)) { try await driver.complete(request) }
        }
    }

    @Test func garbageEventsNeverCrashTheAssembler() throws {
        var generator = SystemRandomNumberGenerator()
        var assembler = AnthropicStreamAssembler()
        for (event, data) in Self.streamWithEverything {
            for length in stride(from: 0, through: data.count, by: 7) {
                _ = try? assembler.consume(event: event, data: String(data.prefix(length)))
            }
        }
        for _ in 0..<200 {
            let noise = String((0..<Int.random(in: 0...80, using: &generator)).map { _ in Character(UnicodeScalar(UInt8.random(in: 32...126, using: &generator))) })
            _ = try? assembler.consume(event: nil, data: noise)
        }
        #expect(assembler.finish().count == 1)
    }
}
