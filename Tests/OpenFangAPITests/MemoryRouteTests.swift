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

/// An agent's key-value memory over the API: any JSON stored, read, listed and removed.
@Suite(.timeLimit(.minutes(1))) struct MemoryRouteTests {
    @Test func valuesAreStoredReadListedAndDeleted() async throws {
        try await APIHarness.run { _, kernel, client in
            let ops = try await kernel.spawn(source: AgentLifecycleRouteTests.manifest, file: "ops.toml")
            try await client.execute(uri: "/api/memory/agents/ops/kv/color", method: .put, body: APIHarness.body(#"{"value": {"hue": [1, true]}}"#)) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["status"]?.stringValue == "stored")
            }
            let expected: JSONValue = .object(["hue": .array([.integer(1), .bool(true)])])
            #expect(try await kernel.store.value(forKey: "color", in: .agent(ops.id)) == expected)
            try await client.execute(uri: "/api/memory/agents/\(ops.id)/kv/color", method: .get) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["value"] == expected)
            }
            try await client.execute(uri: "/api/memory/agents/ops/kv", method: .get) { response in
                let pairs = APIHarness.json(response)?["kv_pairs"]?.arrayValue
                #expect(response.status == .ok && pairs?.map { $0["key"]?.stringValue } == ["color"] && pairs?.first?["value"] == expected)
            }
            try await client.execute(uri: "/api/memory/agents/ops/kv/color", method: .delete) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["status"]?.stringValue == "deleted")
            }
            try await client.execute(uri: "/api/memory/agents/ops/kv/my%20key", method: .put, body: APIHarness.body(#"{"value": "x"}"#)) { #expect($0.status == .ok) }
            #expect(try await kernel.store.value(forKey: "my key", in: .agent(ops.id)) == .string("x"))
            for method in [HTTPRequest.Method.get, .delete] {
                try await client.execute(uri: "/api/memory/agents/ops/kv/color", method: method) { response in
                    #expect(response.status == .notFound && APIHarness.json(response)?["error"]?["code"]?.stringValue == "unknown_key")
                }
            }
        }
    }

    @Test func badMemoryRequestsSayWhatIsWrong() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: AgentLifecycleRouteTests.manifest, file: "ops.toml")
            try await client.execute(uri: "/api/memory/agents/ops/kv/color", method: .put, body: APIHarness.body(#"{"val": 1}"#)) { response in
                #expect(response.status == .badRequest && APIHarness.json(response)?["error"]?["field"]?.stringValue == "value")
            }
            let longKey = String(repeating: "k", count: 300)
            try await client.execute(uri: "/api/memory/agents/ops/kv/\(longKey)", method: .get) { response in
                #expect(response.status == .badRequest && APIHarness.json(response)?["error"]?["field"]?.stringValue == "key")
            }
            try await client.execute(uri: "/api/memory/agents/nobody/kv", method: .get) { response in
                #expect(response.status == .notFound && APIHarness.json(response)?["error"]?["code"]?.stringValue == "unknown_agent")
            }
        }
    }

    @Test func withAKeyTheMemoryRoutesNeedIt() async throws {
        try await APIHarness.run(configure: { $0.apiKey = "k" }) { _, kernel, client in
            _ = try await kernel.spawn(source: AgentLifecycleRouteTests.manifest, file: "ops.toml")
            try await client.execute(uri: "/api/memory/agents/ops/kv", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/memory/agents/ops/kv", method: .get, headers: [.authorization: "Bearer k"]) { #expect($0.status == .ok) }
        }
    }
}
