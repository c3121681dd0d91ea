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

/// The audit chain over the API: the newest records and a verification of the whole chain.
@Suite(.timeLimit(.minutes(1))) struct AuditRouteTests {
    @Test func recentRecordsAndTheChainVerify() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: AgentLifecycleRouteTests.manifest, file: "ops.toml")
            try await kernel.setState(.suspended, of: "ops")
            try await client.execute(uri: "/api/audit/recent?limit=1", method: .get) { response in
                let body = APIHarness.json(response)
                let entries = body?["entries"]?.arrayValue
                #expect(response.status == .ok && entries?.count == 1 && entries?.first?["action"]?.stringValue == "agent.state")
                #expect(body?["tip_hash"] != nil && body?["tip_hash"] == entries?.first?["hash"])
            }
            try await client.execute(uri: "/api/audit/verify", method: .get) { response in
                let body = APIHarness.json(response)
                #expect(response.status == .ok && body?["valid"] == .bool(true) && body?["entries"]?.intValue ?? 0 >= 2)
            }
            try await client.execute(uri: "/api/audit/recent?limit=-3", method: .get) { response in
                #expect(response.status == .badRequest && APIHarness.json(response)?["error"]?["field"]?.stringValue == "limit")
            }
        }
    }

    @Test func withAKeyTheAuditRoutesNeedIt() async throws {
        try await APIHarness.run(configure: { $0.apiKey = "k" }) { _, _, client in
            try await client.execute(uri: "/api/audit/verify", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/audit/recent", method: .get, headers: [HTTPField.Name("x-api-key")!: "k"]) { #expect($0.status == .ok) }
        }
    }
}
