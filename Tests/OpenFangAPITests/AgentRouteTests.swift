import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenFangAPI
import OpenFangKernel
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

/// Agents, messages and approvals over the API; bad requests and auth get JSON errors that say
/// what was wrong.
@Suite(.timeLimit(.minutes(1))) struct AgentRouteTests {
    static let manifest = "name = \"ops\"\nexec_policy = \"allowlist\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n[capabilities]\ntools = [\"shell_exec\"]\nshell = [\"*\"]\n"

    @Test func agentsAreSpawnedListedAndMessaged() async throws {
        try await APIHarness.run { server, _, client in
            try await client.execute(uri: "/api/agents", method: .post, body: APIHarness.body(#"{"manifest_toml": "name = \"ops\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n"}"#)) { response in
                #expect(response.status == .ok)
                #expect(APIHarness.json(response)?["name"]?.stringValue == "ops")
            }
            try await client.execute(uri: "/api/agents", method: .get) { response in
                #expect(APIHarness.json(response)?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["ops"])
            }
            server.enqueue(OpenAIWire.text("hello over HTTP"))
            try await client.execute(uri: "/api/agents/ops/message", method: .post, body: APIHarness.body(#"{"message": "hi", "sender_name": "ada"}"#)) { response in
                #expect(response.status == .ok)
                let body = APIHarness.json(response)
                #expect(body?["response"]?.stringValue == "hello over HTTP" && body?["iterations"]?.intValue == 1)
                #expect(body?["input_tokens"]?.intValue ?? 0 > 0 && body?["run_id"]?.stringValue?.count == 36)
            }
        }
    }

    @Test func aProviderFailureIsAGatewayErrorThatSaysWhatHappened() async throws {
        try await APIHarness.run { server, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            server.enqueue(OpenAIWire.error(status: 400, message: "unsupported parameter", retryAfter: nil))
            try await client.execute(uri: "/api/agents/ops/message", method: .post, body: APIHarness.body(#"{"message": "hi"}"#)) { response in
                let error = APIHarness.json(response)?["error"]
                #expect(response.status == .badGateway && error?["code"]?.stringValue == "provider_rejected_request", "\(response.status) \(String(describing: error))")
                #expect(error?["message"]?.stringValue?.contains("unsupported parameter") == true)
            }
        }
    }

    @Test func badRequestsSayWhatIsWrong() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            let cases: [(String, String, HTTPResponse.Status, String)] = [
                ("/api/agents/ops/message", "not json", .badRequest, "the body is not JSON (send a JSON object with content-type application/json)"),
                ("/api/agents/ops/message", #"{"text": "hi"}"#, .badRequest, "`message` is required (a string)"),
                ("/api/agents/ops/message", #"{"message": 5}"#, .badRequest, "`message` must be a string"),
                ("/api/agents/nobody/message", #"{"message": "hi"}"#, .notFound, #"no agent named "nobody" (agents: ops)"#),
                ("/api/agents", #"{}"#, .badRequest, "send `manifest_toml` (the agent.toml text) or `template` (a bundled template's name)"),
                ("/api/agents", #"{"manifest_toml": "name = \"ops\""}"#, .conflict, #"an agent named "ops" already exists"#),
            ]
            for (uri, body, status, message) in cases {
                try await client.execute(uri: uri, method: .post, body: APIHarness.body(body)) { response in
                    #expect(response.status == status, "\(uri) \(body)")
                    #expect(APIHarness.json(response)?["error"]?["message"]?.stringValue == message)
                }
            }
            let raw: [(ByteBuffer, String)] = [
                (ByteBuffer(string: "  \n"), "the body is empty (send a JSON object with content-type application/json)"),
                (ByteBuffer(bytes: Array(#"{"message": "a"#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)), "the body is not valid UTF-8 (at byte 15, 1 bad byte)"),
                (ByteBuffer(string: #"{"message": "# + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "}"),
                 "the body nests arrays and objects deeper than 64 levels"),
            ]
            for (body, message) in raw {
                try await client.execute(uri: "/api/agents/ops/message", method: .post, body: body) { response in
                    #expect(response.status == .badRequest && APIHarness.json(response)?["error"]?["message"]?.stringValue == message, "\(message)")
                }
            }
            let huge = #"{"message": ""# + String(repeating: "x", count: 70_000) + #""}"#
            try await client.execute(uri: "/api/agents/ops/message", method: .post, body: APIHarness.body(huge)) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await kernel.setState(.suspended, of: "ops")
            try await client.execute(uri: "/api/agents/ops/message", method: .post, body: APIHarness.body(#"{"message": "hi"}"#)) { response in
                #expect(response.status == .conflict && APIHarness.json(response)?["error"]?["message"]?.stringValue == "agent ops is suspended and does not accept messages")
            }
        }
    }

    @Test func anAPIKeyGuardsEverythingButHealth() async throws {
        try await APIHarness.run(configure: { $0.apiKey = "s3cret-key" }) { _, _, client in
            try await client.execute(uri: "/api/health", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/agents", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(APIHarness.json(response)?["error"]?["message"]?.stringValue == "this daemon needs its api_key: send Authorization: Bearer <key> or x-api-key")
            }
            try await client.execute(uri: "/api/agents", method: .get, headers: [.authorization: "Bearer wrong"]) { response in
                #expect(response.status == .unauthorized && APIHarness.json(response)?["error"]?["message"]?.stringValue == "the api key is wrong")
            }
            try await client.execute(uri: "/api/agents", method: .get, headers: [.authorization: "Bearer s3cret-key"]) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/approvals", method: .get, headers: [HTTPField.Name("x-api-key")!: "s3cret-key"]) { #expect($0.status == .ok) }
        }
    }

    @Test(arguments: [true, false]) func approvalsAreListedAndDecided(approve: Bool) async throws {
        try await APIHarness.run { server, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            server.enqueue(OpenAIWire.toolCalls([("s", "shell_exec", #"{"command":"echo hi"}"#)]), OpenAIWire.text("done"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { _ = try await kernel.send("run it", to: "ops") }
                var pending: JSONValue?
                while pending == nil {
                    try await client.execute(uri: "/api/approvals", method: .get) { response in pending = APIHarness.json(response)?.arrayValue?.first }
                    if pending == nil { try await Task.sleep(for: .milliseconds(20)) }
                }
                #expect(pending?["tool"]?.stringValue == "shell_exec" && pending?["summary"]?.stringValue?.contains("echo hi") == true)
                let id = try #require(pending?["id"]?.stringValue)
                try await client.execute(uri: "/api/approvals/\(id)/\(approve ? "approve" : "reject")", method: .post) { response in
                    #expect(response.status == .ok && APIHarness.json(response)?["status"]?.stringValue == (approve ? "approved" : "rejected"))
                }
                try await group.waitForAll()
            }
            try await client.execute(uri: "/api/approvals/nope/approve", method: .post) { response in
                #expect(response.status == .notFound)
                #expect(APIHarness.json(response)?["error"]?["message"]?.stringValue == #"no pending approval "nope" (it was decided, timed out, or never existed)"#)
            }
            #expect(server.requests[1].body.contains(approve ? "hi" : "requires human approval"))
        }
    }
}
