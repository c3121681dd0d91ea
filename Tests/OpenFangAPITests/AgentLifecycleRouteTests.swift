import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenFangAPI
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes
import Testing

/// One agent's detail, stop/start/restart, terminate, model switch and session reset over the API.
@Suite(.timeLimit(.minutes(1))) struct AgentLifecycleRouteTests {
    static let manifest = "name = \"ops\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n"

    @Test func anAgentsDetailShowsItsManifestSessionAndState() async throws {
        try await APIHarness.run { _, kernel, client in
            let ops = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            for reference in ["ops", ops.id.description] {
                try await client.execute(uri: "/api/agents/\(reference)", method: .get) { response in
                    let body = APIHarness.json(response)
                    #expect(response.status == .ok && body?["id"]?.stringValue == ops.id.description && body?["state"]?.stringValue == "running")
                    #expect(body?["manifest_toml"]?.stringValue == Self.manifest && body?["session_id"]?.stringValue?.count == 36)
                    #expect(body?["model"]?.stringValue == "openai/gpt-4o" && body?["budget_status"] == nil)
                }
            }
            try await client.execute(uri: "/api/agents/nobody", method: .get) { response in
                #expect(response.status == .notFound && APIHarness.json(response)?["error"]?["code"]?.stringValue == "unknown_agent")
            }
        }
    }

    @Test func agentsAreStoppedStartedRestartedAndTerminated() async throws {
        try await APIHarness.run { _, kernel, client in
            let ops = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            let steps: [(String, HTTPRequest.Method, String)] = [
                ("/api/agents/ops/stop", .post, "suspended"), ("/api/agents/ops/start", .post, "running"), ("/api/agents/\(ops.id)/stop", .post, "suspended"),
            ]
            for (uri, method, state) in steps {
                try await client.execute(uri: uri, method: method) { response in
                    #expect(response.status == .ok && APIHarness.json(response)?["state"]?.stringValue == state, "\(uri)")
                }
                #expect(await kernel.summary(of: "ops")?.state == state)
            }
            try await kernel.setState(.crashed, of: "ops")
            try await client.execute(uri: "/api/agents/ops/restart", method: .post) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["agent_id"]?.stringValue == ops.id.description)
            }
            #expect(await kernel.summary(of: "ops")?.state == "running")
            try await client.execute(uri: "/api/agents/ops", method: .delete) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["state"]?.stringValue == "terminated")
            }
            for (uri, method) in [("/api/agents/ops", HTTPRequest.Method.delete), ("/api/agents/ops/start", .post)] {
                try await client.execute(uri: uri, method: method) { response in
                    #expect(response.status == .conflict && APIHarness.json(response)?["error"]?["code"]?.stringValue == "agent_terminated")
                }
            }
            try await client.execute(uri: "/api/agents/nobody/stop", method: .post) { #expect($0.status == .notFound) }
        }
    }

    @Test func theModelIsSwitchedAndPersisted() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            try await client.execute(uri: "/api/agents/ops/model", method: .put, body: APIHarness.body(#"{"model": "openai/gpt-4o-mini"}"#)) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["model"]?.stringValue == "openai/gpt-4o-mini")
            }
            #expect(await kernel.manifestSource(of: "ops")?.contains("gpt-4o-mini") == true)
            for body in [#"{}"#, #"{"model": 5}"#, #"{"model": "openai/"}"#] {
                try await client.execute(uri: "/api/agents/ops/model", method: .put, body: APIHarness.body(body)) { response in
                    #expect(response.status == .badRequest && APIHarness.json(response)?["error"]?["field"]?.stringValue == "model", "\(body)")
                }
            }
        }
    }

    @Test func aSessionResetStartsAFreshSession() async throws {
        try await APIHarness.run { _, kernel, client in
            let ops = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            let before = try await kernel.store.canonicalSession(for: ops.id).id
            try await client.execute(uri: "/api/agents/ops/session/reset", method: .post) { response in
                let session = APIHarness.json(response)?["session_id"]?.stringValue
                #expect(response.status == .ok && session != nil && session != before.description)
            }
            #expect(try await kernel.store.canonicalSession(for: ops.id).id != before)
        }
    }

    @Test func withAKeyTheLifecycleRoutesNeedIt() async throws {
        try await APIHarness.run(configure: { $0.apiKey = "k" }) { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            try await client.execute(uri: "/api/agents/ops/stop", method: .post) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/agents/ops", method: .get, headers: [.authorization: "Bearer k"]) { #expect($0.status == .ok) }
            #expect(await kernel.summary(of: "ops")?.state == "running")
        }
    }
}
