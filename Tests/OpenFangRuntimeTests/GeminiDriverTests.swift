import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

/// The Gemini driver over real HTTP against the scripted server.
@Suite(.timeLimit(.minutes(1))) struct GeminiDriverTests {
    func withDriver(_ body: (GeminiDriver, ScriptedLLMServer) async throws -> Void) async throws {
        try await DriverHarness.run { server, http in try await body(GeminiDriver(baseURL: server.baseURL + "/v1beta/", apiKey: "AIza-test", http: http), server) }
    }

    @Test func theKeyIsAHeaderNeverInTheURL() async throws {
        try await withDriver { driver, server in
            server.enqueue(.json(#"{"candidates":[{"content":{"role":"model","parts":[{"text":"Hello"}]},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":4,"candidatesTokenCount":1},"responseId":"r-1"}"#))
            let response = try await driver.complete(CompletionRequest(model: "gemini-2.5-flash", system: "Short.", messages: [.user("hi")], maxTokens: 64, temperature: 0.1))
            #expect(response.text == "Hello" && response.usage == TokenUsage(inputTokens: 4, outputTokens: 1))
            let sent = try #require(server.requests.first)
            #expect(sent.uri == "/v1beta/models/gemini-2.5-flash:generateContent")
            #expect(!sent.uri.contains("key=") && sent.headers["x-goog-api-key"] == "AIza-test")
            let json = try #require(sent.json as? [String: Any])
            #expect(((json["systemInstruction"] as? [String: Any])?["parts"] as? [[String: Any]])?.first?["text"] as? String == "Short.")
            #expect((json["generationConfig"] as? [String: Any])?["maxOutputTokens"] as? Int == 64)
        }
    }

    @Test func streamedFunctionCallsKeepTheirThoughtSignature() async throws {
        try await withDriver { driver, server in
            server.enqueue(.eventStream([
                (nil, #"{"candidates":[{"content":{"role":"model","parts":[{"text":"Thinking about it","thought":true}]}}]}"#),
                (nil, #"{"candidates":[{"content":{"role":"model","parts":[{"text":"Let me look."}]}}]}"#),
                (nil, #"{"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"name":"web_fetch","args":{"url":"http://127.0.0.1/x"}},"thoughtSignature":"CiQB0e2Kb"}]},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":30,"candidatesTokenCount":12}}"#),
            ], pause: .milliseconds(5)))
            var events: [StreamEvent] = []
            for try await event in driver.stream(CompletionRequest(model: "gemini-2.5-pro", messages: [.user("fetch it")])) { events.append(event) }
            #expect(server.requests.first?.uri == "/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse")
            guard case .contentComplete(let response)? = events.last else { Issue.record("no completion"); return }
            #expect(response.stopReason == .toolUse && response.usage.outputTokens == 12)
            guard case .toolUse(let id, let name, let input, let metadata)? = response.content.last else { Issue.record("no call"); return }
            #expect(name == "web_fetch" && input == .object(["url": .string("http://127.0.0.1/x")]) && id.rawValue.hasPrefix("call_"))
            #expect(metadata?["thoughtSignature"] == .string("CiQB0e2Kb"))
            #expect(response.content.first == .thinking("Thinking about it", signature: nil))

            // Sent back on the next turn: the signature rides on the functionCall part, paired with its response.
            server.enqueue(.json(#"{"candidates":[{"content":{"parts":[{"text":"done"}]},"finishReason":"STOP"}]}"#))
            _ = try await driver.complete(CompletionRequest(model: "gemini-2.5-pro", messages: [
                .user("fetch it"), Message(role: .assistant, content: .blocks(response.content)),
                Message(role: .user, content: .blocks([.toolResult(toolUseID: id, toolName: "web_fetch", content: "<html>", isError: false)])),
            ]))
            let contents = (server.requests.last?.json as? [String: Any])?["contents"] as? [[String: Any]]
            let modelParts = contents?[1]["parts"] as? [[String: Any]]
            #expect(modelParts?.last?["thoughtSignature"] as? String == "CiQB0e2Kb")
            #expect(((contents?[2]["parts"] as? [[String: Any]])?.first?["functionResponse"] as? [String: Any])?["name"] as? String == "web_fetch")
        }
    }

    @Test func orphanCallsAndResponsesAreDropped() {
        let body = GeminiRequestBody.make(CompletionRequest(model: "gemini-2.5-flash", messages: [
            Message(role: .assistant, content: .blocks([.text("ok"), .toolUse(id: "a", name: "never_answered", input: .object([:]))])),
            Message(role: .user, content: .blocks([.toolResult(toolUseID: "b", toolName: "never_asked", content: "x", isError: false), .text("next")])),
        ]))
        guard case .array(let contents)? = body["contents"] else { Issue.record("no contents"); return }
        #expect(contents.map { $0["parts"]?.compactJSON ?? "" } == [#"[{"text":"ok"}]"#, #"[{"text":"next"}]"#])
    }

    @Test func schemasAreNormalisedForGemini() {
        let schema: JSONValue = .object([
            "$schema": .string("http://json-schema.org/draft-07/schema#"), "type": .string("object"), "additionalProperties": .bool(false),
            "properties": .object([
                "path": .object(["type": .array([.string("string"), .string("null")]), "default": .string("a")]),
                "mode": .object(["anyOf": .array([.object(["type": .string("null")]), .object(["type": .string("string"), "enum": .array([.string("r")])])])]),
            ]),
        ])
        let normalised = GeminiSchema.normalise(schema)
        #expect(normalised["$schema"] == nil && normalised["additionalProperties"] == nil)
        #expect(normalised["properties"]?["path"] == .object(["type": .string("string"), "nullable": .bool(true)]))
        #expect(normalised["properties"]?["mode"] == .object(["type": .string("string"), "enum": .array([.string("r")]), "nullable": .bool(true)]))
    }
}
