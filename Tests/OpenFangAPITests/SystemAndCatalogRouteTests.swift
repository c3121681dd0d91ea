import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenFangAPI
import OpenFangKernel
import OpenFangTesting
import OpenFangTypes
import Synchronization
import Testing

/// Status, version, detailed health, shutdown, the catalog, providers, config, usage and budget.
@Suite(.timeLimit(.minutes(1))) struct SystemAndCatalogRouteTests {
    static let manifest = "name = \"ops\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n"

    @Test func statusVersionDetailAndShutdown() async throws {
        let asked = Mutex(0)
        try await APIHarness.run(api: { $0.onShutdown = { asked.withLock { $0 += 1 } } }) { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            try await client.execute(uri: "/api/version", method: .get) { #expect(APIHarness.json($0)?["version"]?.stringValue == "9.9.9") }
            try await client.execute(uri: "/api/status", method: .get) { response in
                let body = APIHarness.json(response)
                #expect(body?["agents"]?.intValue == 1 && body?["agents_by_state"]?["running"]?.intValue == 1 && body?["uptime_seconds"]?.intValue != nil)
            }
            try await client.execute(uri: "/api/health/detail", method: .get) { response in
                let body = APIHarness.json(response)
                #expect(body?["pending_approvals"]?.intValue == 0, "\(String(describing: body))")
                #expect(body?["status"]?.stringValue == "degraded" && body?["default_model_problem"]?.stringValue?.contains("needs an API key") == true, "the default provider has no key here")
            }
            try await client.execute(uri: "/api/shutdown", method: .post) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["status"]?.stringValue == "shutting down")
            }
        }
        #expect(asked.withLock { $0 } == 1)
    }

    @Test func catalogProvidersAndRedactedConfig() async throws {
        try await APIHarness.run(configure: { $0.apiKey = "top-secret" }) { _, _, client in
            let auth: HTTPFields = [.authorization: "Bearer top-secret"]
            try await client.execute(uri: "/api/models?provider=anthropic", method: .get, headers: auth) { response in
                let models = APIHarness.json(response)?.arrayValue ?? []
                #expect(!models.isEmpty && models.allSatisfy { $0["provider"]?.stringValue == "anthropic" })
            }
            try await client.execute(uri: "/api/models/aliases", method: .get, headers: auth) { #expect(APIHarness.json($0)?["sonnet"]?.stringValue != nil) }
            try await client.execute(uri: "/api/providers", method: .get, headers: auth) { response in
                let openai = APIHarness.json(response)?.arrayValue?.first { $0["id"]?.stringValue == "openai" }
                #expect(openai?["key_set"] == .bool(true) && openai?["key_env"]?.stringValue == "OPENAI_API_KEY")
            }
            try await client.execute(uri: "/api/config", method: .get, headers: auth) { response in
                #expect(APIHarness.json(response)?["api_key"]?.stringValue == "<redacted>")
                #expect(!String(buffer: response.body).contains("top-secret"))
            }
            try await client.execute(uri: "/api/config", method: .get) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func usageAndBudgetAfterATurn() async throws {
        try await APIHarness.run { server, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            server.enqueue(OpenAIWire.text("ok"))
            _ = try await kernel.send("hi", to: "ops")
            try await client.execute(uri: "/api/usage?agent=ops", method: .get) { response in
                let hour = APIHarness.json(response)?["hour"]
                #expect(hour?["turns"]?.intValue == 1 && (hour?["inputTokens"]?.intValue ?? hour?["input_tokens"]?.intValue ?? 0) > 0, "\(String(describing: hour))")
            }
            try await client.execute(uri: "/api/usage/by-model", method: .get) { response in
                #expect(APIHarness.json(response)?.arrayValue?.first?["model"]?.stringValue == "gpt-4o")
            }
            try await client.execute(uri: "/api/usage/daily?days=abc", method: .get) { response in
                #expect(response.status == .badRequest && APIHarness.json(response)?["error"]?["field"]?.stringValue == "days")
            }
            try await client.execute(uri: "/api/usage?agent=nobody", method: .get) { response in
                #expect(response.status == .notFound && APIHarness.json(response)?["error"]?["code"]?.stringValue == "unknown_agent")
            }
            try await client.execute(uri: "/api/budget", method: .get) { response in
                #expect(APIHarness.json(response)?["spent_usd"]?["hour"] != nil && APIHarness.json(response)?["config"]?["alert_threshold"] != nil)
            }
            try await client.execute(uri: "/api/budget/agents", method: .get) { response in
                #expect(APIHarness.json(response)?.arrayValue?.first?["name"]?.stringValue == "ops")
            }
        }
    }
}
