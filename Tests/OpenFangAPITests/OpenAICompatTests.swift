import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenFangAPI
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

/// `/v1/chat/completions` and `/v1/models`: the whole conversation reaches the model, the answer
/// has OpenAI's shapes (whole and streamed), errors name the field, and the agent's own session
/// is left alone.
@Suite(.timeLimit(.minutes(1))) struct OpenAICompatTests {
    static let manifest = "name = \"ops\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\nsystem_prompt = \"You are Ops.\"\n"

    static func chat(_ body: String) -> ByteBuffer { APIHarness.body(body) }

    /// The upstream request's messages as `role: text` lines (tool calls and results tagged).
    static func upstreamMessages(_ server: ScriptedLLMServer) -> [String] {
        let body = server.requests.last?.json as? [String: Any]
        return (body?["messages"] as? [[String: Any]] ?? []).map { message in
            let role = message["role"] as? String ?? "?"
            if let calls = message["tool_calls"] as? [[String: Any]] { return "\(role): calls \(calls.compactMap { $0["id"] as? String })" }
            if let call = message["tool_call_id"] as? String { return "\(role) \(call): \(message["content"] as? String ?? "")" }
            return "\(role): \(message["content"] as? String ?? "")"
        }
    }

    @Test func theWholeHistoryReachesTheModel() async throws {
        try await APIHarness.run { server, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            server.enqueue(OpenAIWire.text("Your name is Ada."))
            let body = #"""
                {"model": "ops", "messages": [
                  {"role": "system", "content": "Answer in one sentence."},
                  {"role": "user", "content": "my name is Ada"},
                  {"role": "assistant", "content": "Nice to meet you", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": "{\"q\":\"Ada\"}"}}]},
                  {"role": "tool", "tool_call_id": "c1", "content": "Ada Lovelace"},
                  {"role": "assistant", "content": [{"type": "text", "text": "Noted."}]},
                  {"role": "user", "content": [{"type": "text", "text": "what is my name?"}]}
                ]}
                """#
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: Self.chat(body)) { response in
                #expect(response.status == .ok)
                #expect(APIHarness.json(response)?["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue == "Your name is Ada.")
            }
            let messages = Self.upstreamMessages(server)
            #expect(messages.count == 6, "\(messages)")
            #expect(messages.first?.hasPrefix("system: You are Ops.") == true && messages.first?.contains("## Instructions from the caller\nAnswer in one sentence.") == true)
            #expect(Array(messages.dropFirst()) == [
                "user: my name is Ada", "assistant: calls [\"c1\"]", "tool c1: Ada Lovelace", "assistant: Noted.", "user: what is my name?",
            ])
        }
    }

    @Test func aCompletionHasOpenAIsShape() async throws {
        try await APIHarness.run { server, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            server.enqueue(OpenAIWire.text("hello"))
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: Self.chat(#"{"model": "ops", "messages": [{"role": "user", "content": "hi"}]}"#)) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "application/json")
                let body = try #require(APIHarness.json(response))
                #expect(body["id"]?.stringValue?.hasPrefix("chatcmpl-") == true && body["object"]?.stringValue == "chat.completion")
                #expect(body["model"]?.stringValue == "ops" && (body["created"]?.intValue ?? 0) > 1_700_000_000)
                let choices = try #require(body["choices"]?.arrayValue)
                #expect(choices.count == 1)
                #expect(choices.first == .object([
                    "index": .integer(0), "message": .object(["role": .string("assistant"), "content": .string("hello")]), "finish_reason": .string("stop"),
                ]))
                #expect(body["usage"] == .object(["prompt_tokens": .integer(11), "completion_tokens": .integer(7), "total_tokens": .integer(18)]))
            }
        }
    }

    @Test func aStreamSendsChunksInOrderThenUsageThenDone() async throws {
        try await APIHarness.run { server, kernel, client in
            let ops = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            server.enqueue(OpenAIWire.textStream(["Hel", "lo ", "there"]))
            let body = #"{"model": "\#(ops.id)", "stream": true, "stream_options": {"include_usage": true}, "messages": [{"role": "user", "content": "hi"}]}"#
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: Self.chat(body)) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "text/event-stream")
                let events = String(buffer: response.body).components(separatedBy: "\n\n").filter { !$0.isEmpty }
                #expect(events.allSatisfy { $0.hasPrefix("data: ") }, "\(events)")
                #expect(events.last == "data: [DONE]")
                let chunks = events.dropLast().compactMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.dropFirst(6).utf8)) }
                #expect(chunks.count == 6, "\(events)")
                #expect(chunks.allSatisfy { $0["object"]?.stringValue == "chat.completion.chunk" && $0["model"]?.stringValue == ops.id.description })
                #expect(Set(chunks.compactMap { $0["id"]?.stringValue }).count == 1, "one id for every chunk")
                let deltas = chunks.compactMap { $0["choices"]?.arrayValue?.first?["delta"] }
                #expect(deltas.first?["role"]?.stringValue == "assistant")
                #expect(deltas.compactMap { $0["content"]?.stringValue } == ["", "Hel", "lo ", "there"])
                let finishes = chunks.map { $0["choices"]?.arrayValue?.first?["finish_reason"] }
                #expect(finishes == [.null, .null, .null, .null, .string("stop"), nil])
                #expect(chunks.last?["choices"] == .array([]))
                #expect(chunks.last?["usage"] == .object(["prompt_tokens": .integer(11), "completion_tokens": .integer(7), "total_tokens": .integer(18)]))
            }
            #expect((server.requests.last?.json as? [String: Any])?["stream"] as? Bool == true, "the model itself was streamed")
        }
    }

    @Test func badRequestsNameTheField() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            let cases: [(String, HTTPResponse.Status, String)] = [
                (#"{"model": "nobody", "messages": [{"role": "user", "content": "hi"}]}"#, .notFound, "model"),
                (#"{"messages": [{"role": "user", "content": "hi"}]}"#, .badRequest, "model"),
                (#"{"model": "ops"}"#, .badRequest, "messages"),
                (#"{"model": "ops", "messages": []}"#, .badRequest, "messages"),
                (#"{"model": "ops", "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hey"}]}"#, .badRequest, "messages"),
                (#"{"model": "ops", "messages": [{"role": "wizard", "content": "x"}, {"role": "user", "content": "hi"}]}"#, .badRequest, "messages[0].role"),
                (#"{"model": "ops", "messages": [{"role": "user", "content": [{"type": "audio"}]}]}"#, .badRequest, "messages[0].content[0].type"),
                (#"{"model": "ops", "stream": "yes", "messages": [{"role": "user", "content": "hi"}]}"#, .badRequest, "stream"),
            ]
            for (body, status, param) in cases {
                try await client.execute(uri: "/v1/chat/completions", method: .post, body: Self.chat(body)) { response in
                    #expect(response.status == status, "\(body)")
                    let error = APIHarness.json(response)?["error"]
                    #expect(error?["param"]?.stringValue == param, "\(body)")
                    #expect(error?["type"]?.stringValue == "invalid_request_error" && error?["message"]?.stringValue?.isEmpty == false)
                    #expect(error?.objectValue?.keys.sorted() == ["code", "message", "param", "type"])
                }
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: Self.chat(cases[0].0)) { response in
                let message = APIHarness.json(response)?["error"]?["message"]?.stringValue
                #expect(message == #"the model "nobody" does not exist: models are agent names or ids (agents: ops)"#)
                #expect(APIHarness.json(response)?["error"]?["code"]?.stringValue == "model_not_found")
            }
        }
    }

    @Test func theAgentsOwnSessionIsUntouched() async throws {
        try await APIHarness.run { server, kernel, client in
            let ops = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            server.enqueue(OpenAIWire.text("first reply"), OpenAIWire.text("api reply"), OpenAIWire.text("second reply"))
            _ = try await kernel.send("remember this", to: "ops")
            let canonical = try await kernel.store.canonicalSession(for: ops.id)
            let before = try #require(try await kernel.store.session(canonical.id)).messages
            let sessionsBefore = try await kernel.store.sessions(of: ops.id).map(\.id)
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: Self.chat(#"{"model": "openfang:ops", "messages": [{"role": "user", "content": "from the api"}]}"#)) { response in
                #expect(response.status == .ok)
            }
            #expect(!server.requests[1].body.contains("remember this"), "the completion did not see the agent's session")
            #expect(try await kernel.store.session(canonical.id)?.messages == before)
            #expect(try await kernel.store.sessions(of: ops.id).map(\.id) == sessionsBefore, "the ephemeral session was deleted")
            _ = try await kernel.send("and now?", to: "ops")
            #expect(!server.requests[2].body.contains("from the api") && server.requests[2].body.contains("remember this"))
        }
    }

    @Test func modelsListTheAgentsBehindTheAPIKey() async throws {
        try await APIHarness.run(configure: { $0.apiKey = "k3y" }) { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            _ = try await kernel.spawn(source: Self.manifest.replacingOccurrences(of: "\"ops\"", with: "\"dev\""), file: "dev.toml")
            try await client.execute(uri: "/v1/models", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(APIHarness.json(response)?["error"]?["type"] != nil, "OpenAI's error shape")
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: Self.chat("{}")) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/v1/models", method: .get, headers: [.authorization: "Bearer k3y"]) { response in
                #expect(response.status == .ok)
                let body = try #require(APIHarness.json(response))
                #expect(body["object"]?.stringValue == "list")
                let data = body["data"]?.arrayValue ?? []
                #expect(data.compactMap { $0["id"]?.stringValue } == ["ops", "dev"])
                #expect(data.allSatisfy { $0["object"]?.stringValue == "model" && $0["owned_by"]?.stringValue == "openfang" && ($0["created"]?.intValue ?? 0) > 0 })
            }
        }
    }
}
