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

/// The run journal over the API: runs listed by agent, one run with its steps and attribution.
@Suite(.timeLimit(.minutes(1))) struct RunRouteTests {
    @Test func runsAreListedAndReadWithTheirSteps() async throws {
        try await APIHarness.run { server, kernel, client in
            let ops = try await kernel.spawn(source: AgentLifecycleRouteTests.manifest, file: "ops.toml")
            server.enqueue(OpenAIWire.text("hello"))
            let run = try await kernel.send("hi", to: "ops").runID
            for uri in ["/api/runs", "/api/runs?agent=ops&limit=1", "/api/runs?agent=\(ops.id)"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let runs = APIHarness.json(response)?.arrayValue
                    #expect(response.status == .ok && runs?.count == 1, "\(uri)")
                    #expect(runs?.first?["run_id"]?.stringValue == run.description && runs?.first?["status"]?.stringValue == "completed", "\(uri)")
                }
            }
            try await client.execute(uri: "/api/runs/\(run)", method: .get) { response in
                let body = APIHarness.json(response)
                #expect(response.status == .ok && body?["agent_id"]?.stringValue == ops.id.description)
                #expect(body?["steps"]?.arrayValue?.contains { $0["kind"]?.stringValue == "llm_response" } == true)
                #expect(body?["attribution"]?.objectValue != nil)
            }
        }
    }

    @Test func badRunRequestsNameTheParameter() async throws {
        try await APIHarness.run { _, _, client in
            let cases: [(String, HTTPResponse.Status, String?)] = [
                ("/api/runs?limit=0", .badRequest, "limit"), ("/api/runs?limit=many", .badRequest, "limit"), ("/api/runs?agent=nobody", .notFound, "agent"),
                ("/api/runs/not-a-uuid", .badRequest, "id"), ("/api/runs/\(RunID.random())", .notFound, nil),
            ]
            for (uri, status, field) in cases {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status && APIHarness.json(response)?["error"]?["field"]?.stringValue == field, "\(uri)")
                }
            }
        }
    }

    @Test func withAKeyTheRunRoutesNeedIt() async throws {
        try await APIHarness.run(configure: { $0.apiKey = "k" }) { _, _, client in
            try await client.execute(uri: "/api/runs", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/runs", method: .get, headers: [.authorization: "Bearer k"]) { #expect($0.status == .ok) }
        }
    }
}
