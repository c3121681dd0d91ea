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

/// Sessions over the API: listed (all, by agent), read with messages, labelled, deleted and
/// compacted on demand.
@Suite(.timeLimit(.minutes(1))) struct SessionRouteTests {
    @Test func sessionsAreListedReadLabelledAndDeleted() async throws {
        try await APIHarness.run { server, kernel, client in
            let ops = try await kernel.spawn(source: AgentLifecycleRouteTests.manifest, file: "ops.toml")
            server.enqueue(OpenAIWire.text("hello"))
            _ = try await kernel.send("hi", to: "ops")
            let session = try await kernel.store.canonicalSession(for: ops.id).id
            for uri in ["/api/sessions", "/api/sessions?agent=ops", "/api/agents/\(ops.id)/sessions"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let first = APIHarness.json(response)?.arrayValue?.first
                    #expect(response.status == .ok && first?["session_id"]?.stringValue == session.description, "\(uri)")
                    #expect(first?["agent_name"]?.stringValue == "ops" && first?["canonical"] == .bool(true) && first?["message_count"]?.intValue == 2, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/sessions/\(session)", method: .get) { response in
                let messages = APIHarness.json(response)?["messages"]?.arrayValue
                #expect(response.status == .ok && messages?.map { $0["role"]?.stringValue } == ["user", "assistant"])
                #expect(messages?.first?["content"]?.stringValue == "hi")
            }
            try await client.execute(uri: "/api/sessions/\(session)/label", method: .put, body: APIHarness.body(#"{"label": " first chat "}"#)) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["label"]?.stringValue == "first chat")
            }
            #expect(try await kernel.store.session(session)?.record.label == "first chat")
            try await client.execute(uri: "/api/sessions/\(session)", method: .delete) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["status"]?.stringValue == "deleted")
            }
            try await client.execute(uri: "/api/sessions/\(session)", method: .delete) { response in
                #expect(response.status == .notFound && APIHarness.json(response)?["error"]?["code"]?.stringValue == "unknown_session")
            }
        }
    }

    @Test func badSessionRequestsNameTheField() async throws {
        try await APIHarness.run { _, kernel, client in
            let ops = try await kernel.spawn(source: AgentLifecycleRouteTests.manifest, file: "ops.toml")
            let session = try await kernel.store.canonicalSession(for: ops.id).id
            let cases: [(String, HTTPRequest.Method, String?, HTTPResponse.Status, String?)] = [
                ("/api/sessions?agent=nobody", .get, nil, .notFound, "agent"),
                ("/api/agents/nobody/sessions", .get, nil, .notFound, nil),
                ("/api/sessions/not-a-uuid", .get, nil, .badRequest, "id"),
                ("/api/sessions/\(SessionID.random())", .get, nil, .notFound, nil),
                ("/api/sessions/\(session)/label", .put, #"{}"#, .badRequest, "label"),
                ("/api/sessions/\(session)/label", .put, #"{"label": 5}"#, .badRequest, "label"),
                ("/api/sessions/\(session)/label", .put, #"{"label": "  "}"#, .badRequest, "label"),
            ]
            for (uri, method, body, status, field) in cases {
                try await client.execute(uri: uri, method: method, body: body.map(APIHarness.body)) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(APIHarness.json(response)?["error"]?["field"]?.stringValue == field, "\(uri)")
                }
            }
        }
    }

    @Test func aSessionIsCompactedOnDemand() async throws {
        try await APIHarness.run { server, kernel, client in
            let ops = try await kernel.spawn(source: AgentLifecycleRouteTests.manifest, file: "ops.toml")
            let session = try await kernel.store.canonicalSession(for: ops.id).id
            let messages = (0..<14).map { $0.isMultiple(of: 2) ? Message.user("question \($0)") : Message.assistant("answer \($0)") }
            try await kernel.store.append(messages, to: session)
            server.enqueue(OpenAIWire.text("they talked about numbers"))
            try await client.execute(uri: "/api/agents/ops/session/compact", method: .post) { response in
                let body = APIHarness.json(response)
                #expect(response.status == .ok && body?["session_id"]?.stringValue == session.description)
                #expect(body?["messages_before"]?.intValue == 14 && body?["messages_after"]?.intValue == 10)
                #expect(body?["summary"]?.stringValue == "they talked about numbers")
            }
            #expect(try await kernel.store.session(session)?.messages.first?.content.plainText == "question 4")
            try await client.execute(uri: "/api/agents/nobody/session/compact", method: .post) { #expect($0.status == .notFound) }
        }
    }

    @Test func withAKeyTheSessionRoutesNeedIt() async throws {
        try await APIHarness.run(configure: { $0.apiKey = "k" }) { _, _, client in
            try await client.execute(uri: "/api/sessions", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/sessions", method: .get, headers: [.authorization: "Bearer k"]) { #expect($0.status == .ok) }
        }
    }
}
