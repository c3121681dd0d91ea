import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

/// The OpenAI-compatible driver over real HTTP against the scripted server on 127.0.0.1.
@Suite(.timeLimit(.minutes(1))) struct OpenAICompatibleDriverTests {
    func withDriver(baseSuffix: String = "/v1", apiKey: String? = "sk-test", _ body: (OpenAICompatibleDriver, ScriptedLLMServer) async throws -> Void) async throws {
        try await DriverHarness.run { server, http in
            let driver = OpenAICompatibleDriver(
                configuration: .init(provider: "openai", baseURL: server.baseURL + baseSuffix, apiKey: apiKey), http: http)
            try await body(driver, server)
        }
    }

    let request = CompletionRequest(model: "gpt-4o", system: "Be brief.", messages: [.user("Say hi")], maxTokens: 50, temperature: 0.5)

    func events(_ stream: AsyncThrowingStream<StreamEvent, any Error>) async throws -> [StreamEvent] {
        var events: [StreamEvent] = []
        for try await event in stream { events.append(event) }
        return events
    }

    @Test func completeSendsTheRightRequestAndReadsTheAnswer() async throws {
        try await withDriver(baseSuffix: "") { driver, server in
            server.enqueue(.json(#"{"id":"chatcmpl-1","choices":[{"index":0,"message":{"role":"assistant","content":"Hi!"},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":2}}"#))
            let response = try await driver.complete(request)
            #expect(response.text == "Hi!" && response.usage == TokenUsage(inputTokens: 9, outputTokens: 2) && response.stopReason == .endTurn)
            let sent = try #require(server.requests.first)
            #expect(sent.method == "POST" && sent.uri == "/v1/chat/completions", "a bare base URL gets /v1")
            #expect(sent.headers["authorization"] == "Bearer sk-test")
            let json = sent.json as? [String: Any]
            #expect(json?["model"] as? String == "gpt-4o" && json?["max_tokens"] as? Int == 50 && json?["stream"] == nil)
        }
    }

    @Test func streamYieldsDeltasAndAssemblesParallelToolCalls() async throws {
        try await withDriver { driver, server in
            server.enqueue(.eventStream([
                (nil, #"{"choices":[{"delta":{"role":"assistant","content":"Let me"}}]}"#),
                (nil, #"{"choices":[{"delta":{"content":" check."}}]}"#),
                (nil, #"{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"call_a","function":{"name":"file_read","arguments":"{\"path\":"}},{"index":1,"id":"call_b","function":{"name":"system_time","arguments":"{}"}}]}}]}"#),
                (nil, #"{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"a.txt\"}"}}]},"finish_reason":"tool_calls"}]}"#),
                (nil, #"{"choices":[],"usage":{"prompt_tokens":20,"completion_tokens":7}}"#),
                (nil, "[DONE]"),
            ], pause: .milliseconds(20)))
            let events = try await events(driver.stream(request))
            let text = events.compactMap { if case .textDelta(let t) = $0 { return t } else { return nil } }
            #expect(text == ["Let me", " check."])
            guard case .contentComplete(let response)? = events.last else { Issue.record("no completion"); return }
            #expect(response.toolCalls.map(\.name) == ["file_read", "system_time"])
            #expect(response.toolCalls.first?.input == .object(["path": .string("a.txt")]))
            #expect(response.stopReason == .toolUse && response.usage.outputTokens == 7)
            let json = server.requests.first?.json as? [String: Any]
            #expect((json?["stream_options"] as? [String: Any])?["include_usage"] as? Bool == true)
        }
    }

    @Test func errorsAreClassifiedWithWhatToDo() async throws {
        try await withDriver { driver, server in
            server.enqueue(.error(429, #"{"error":{"message":"Rate limit reached"}}"#, retryAfter: "2"))
            await #expect(throws: LLMError.rateLimited(retryAfter: .seconds(2))) { try await driver.complete(request) }
            server.enqueue(.error(401, #"{"error":{"message":"Incorrect API key provided"}}"#))
            await #expect(throws: LLMError.authentication("Incorrect API key provided")) { try await driver.complete(request) }
            server.enqueue(.error(404, #"{"error":"model \"llama3.3\" not found, try pulling it first"}"#))
            await #expect(throws: LLMError.modelNotFound(model: "gpt-4o", detail: "model \"llama3.3\" not found, try pulling it first")) {
                try await driver.complete(request)
            }
            server.enqueue(.error(503, "upstream busy"))
            await #expect(throws: LLMError.overloaded(retryAfter: nil)) { _ = try await events(driver.stream(request)) }
        }
    }

    @Test func aWrongBasePathSaysSo() async throws {
        try await withDriver(baseSuffix: "/wrong") { driver, server in
            server.enqueue(ScriptedReply(status: 404, pieces: [.bytes("404 page not found")]))
            await #expect(throws: LLMError.endpointNotFound(url: server.baseURL + "/wrong/chat/completions")) { try await driver.complete(request) }
        }
    }

    @Test func aStreamCutOffMidwayIsAnError() async throws {
        try await withDriver { driver, server in
            var reply = ScriptedReply.eventStream([(nil, #"{"choices":[{"delta":{"content":"partial"}}]}"#)])
            reply.pieces.append(.bytes("data: {\"choices\":[{\"delta\":{\"con"))
            reply.dropConnection = true
            server.enqueue(reply)
            var received: [StreamEvent] = []
            await #expect(throws: LLMError.self) {
                for try await event in driver.stream(request) { received.append(event) }
            }
            #expect(received == [.textDelta("partial")], "what arrived before the cut was delivered")
        }
    }

    @Test func noKeyMeansNoAuthorizationHeader() async throws {
        try await withDriver(apiKey: nil) { driver, server in
            server.enqueue(.json(#"{"choices":[{"message":{"content":"ok"},"finish_reason":"stop"}]}"#))
            _ = try await driver.complete(request)
            #expect(server.requests.first?.headers["authorization"] == nil)
        }
    }
}
