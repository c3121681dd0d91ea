import Testing
import OpenFangTypes
@testable import OpenFangRuntime

@Suite struct OpenAIStreamAssemblerTests {
    func assemble(_ chunks: [String]) -> (events: [StreamEvent], response: CompletionResponse?) {
        var assembler = OpenAIStreamAssembler()
        let events = chunks.flatMap { assembler.consume($0) } + assembler.finish()
        let response = events.compactMap { event -> CompletionResponse? in
            if case .contentComplete(let response) = event { return response }
            return nil
        }.first
        return (events, response)
    }

    @Test func textWithThinkTagsAndAUsageChunk() {
        let result = assemble([
            #"{"id":"chatcmpl-1","choices":[{"index":0,"delta":{"role":"assistant","content":"<thi"}}]}"#,
            #"{"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"nk>hmm</think>Hel"}}]}"#,
            #"{"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"lo"},"finish_reason":"stop"}]}"#,
            #"{"id":"chatcmpl-1","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":5}}"#,
            "[DONE]",
        ])
        #expect(result.response?.text == "Hello")
        #expect(result.response?.content.first == .thinking("hmm", signature: nil))
        #expect(result.response?.usage == TokenUsage(inputTokens: 12, outputTokens: 5))
        #expect(result.response?.stopReason == .endTurn && result.response?.providerMessageID == "chatcmpl-1")
    }

    @Test func parallelToolCallsAreMergedByIndex() {
        let result = assemble([
            #"{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"file_read","arguments":""}}]}}]}"#,
            #"{"choices":[{"delta":{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"web_fetch","arguments":"{\"url\":"}}]}}]}"#,
            #"{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"path\":\"a\"}"}}]}}]}"#,
            #"{"choices":[{"delta":{"tool_calls":[{"index":1,"function":{"arguments":"\"http://x\"}"}}]}}]}"#,
            #"{"choices":[{"delta":{},"finish_reason":"tool_calls"}]}"#,
            #"{"choices":null,"usage":{"prompt_tokens":3,"completion_tokens":4}}"#,
        ])
        let calls = result.response?.toolCalls ?? []
        #expect(calls.map(\.name) == ["file_read", "web_fetch"])
        #expect(calls.map(\.input) == [.object(["path": .string("a")]), .object(["url": .string("http://x")])])
        #expect(result.response?.stopReason == .toolUse && result.response?.usage.outputTokens == 4)
        let starts = result.events.filter { if case .toolUseStart = $0 { return true } else { return false } }
        #expect(starts.count == 2)
    }

    @Test func reasoningFieldsAreThinking() {
        let result = assemble([
            #"{"choices":[{"delta":{"reasoning_content":"step 1"}}]}"#,
            #"{"choices":[{"delta":{"reasoning":" step 2"}}]}"#,
            #"{"choices":[{"delta":{"content":"done"},"finish_reason":"length"}]}"#,
        ])
        #expect(result.response?.content.first == .thinking("step 1 step 2", signature: nil))
        #expect(result.response?.stopReason == .maxTokens)
    }

    @Test func garbageAndTruncatedChunksAreSkipped() {
        var generator = SystemRandomNumberGenerator()
        var assembler = OpenAIStreamAssembler()
        let valid = #"{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"c","function":{"name":"x","arguments":"{\"a\":"}}]}}]}"#
        for length in 0...valid.count { _ = assembler.consume(String(valid.prefix(length))) }
        for _ in 0..<200 {
            let noise = String((0..<Int.random(in: 0...60, using: &generator)).map { _ in Character(UnicodeScalar(UInt8.random(in: 32...126, using: &generator))) })
            _ = assembler.consume(noise)
        }
        let events = assembler.finish()
        #expect(events.contains { if case .contentComplete = $0 { return true } else { return false } })
    }

    @Test func nonStreamedResponseDecodes() throws {
        let body = #"{"id":"r1","choices":[{"index":0,"message":{"role":"assistant","content":"<think>x</think>Hi","tool_calls":[{"id":"call_9","type":"function","function":{"name":"system_time","arguments":"{}"}}]},"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":1,"completion_tokens":2}}"#
        let response = try OpenAIResponseDecoder.decode(body)
        #expect(response.text == "Hi" && response.toolCalls.first?.id == "call_9" && response.stopReason == .toolUse)
        #expect(throws: LLMError.self) { try OpenAIResponseDecoder.decode("<html>502 Bad Gateway</html>") }
    }

    /// Through the driver's path (`StreamAssembling`): what a provider's broken stream must not pass for.
    func checked(_ chunks: [String]) -> Result<[StreamEvent], LLMError> {
        var assembler = OpenAIStreamAssembler()
        do throws(LLMError) {
            var events: [StreamEvent] = []
            for chunk in chunks { events += try assembler.consume(ServerSentEvent(event: nil, data: chunk, id: nil)) }
            return .success(events + (try assembler.complete()))
        } catch {
            return .failure(error)
        }
    }

    @Test func aStreamCutOffMidReplyIsAnError() {
        let cut = checked([#"{"choices":[{"index":0,"delta":{"content":"par"}}]}"#])
        guard case .failure(.malformedResponse(let reason)) = cut else { Issue.record("accepted: \(cut)"); return }
        #expect(reason.contains("ended before the provider finished"))
        guard case .success = checked([#"{"choices":[{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}]}"#]) else { Issue.record("refused"); return }
    }

    @Test func anErrorInTheMiddleOfTheStreamIsAnError() {
        let failed = checked([#"{"choices":[{"index":0,"delta":{"content":"partial"}}]}"#, #"{"error":{"message":"upstream boom"}}"#])
        guard case .failure(.malformedResponse(let reason)) = failed else { Issue.record("accepted: \(failed)"); return }
        #expect(reason.contains("upstream boom"))
    }

    @Test func onlyTheFirstChoiceIsTheReply() {
        let result = assemble([
            #"{"choices":[{"index":0,"delta":{"content":"A"}},{"index":1,"delta":{"content":"X"}}]}"#,
            #"{"choices":[{"index":1,"delta":{"content":"Y"}},{"index":0,"delta":{"content":"B"},"finish_reason":"stop"}]}"#, "[DONE]",
        ])
        #expect(result.response?.text == "AB")
    }
}
