import Foundation
import Hummingbird
import HummingbirdTesting
import OpenFangAPI
import OpenFangKernel
import OpenFangTesting
import OpenFangTypes
import Testing

/// Cron jobs and triggers over the API.
@Suite(.timeLimit(.minutes(1))) struct ScheduleRouteTests {
    static let manifest = "name = \"ops\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n"

    @Test func cronJobsAreCreatedToggledRunAndDeleted() async throws {
        try await APIHarness.run { server, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            let create = #"{"agent": "ops", "name": "report", "schedule": "every 1h", "prompt": "Write the report.", "missed": "once"}"#
            var id = ""
            try await client.execute(uri: "/api/cron/jobs", method: .post, body: APIHarness.body(create)) { response in
                #expect(response.status == .created)
                let job = APIHarness.json(response)
                #expect(job?["missed"]?.stringValue == "once" && job?["next_run"]?.stringValue != nil && job?["enabled"] == .bool(true))
                id = job?["id"]?.stringValue ?? ""
            }
            try await client.execute(uri: "/api/cron/jobs", method: .post, body: APIHarness.body(#"{"agent": "ops", "name": "x", "schedule": "every 0m", "prompt": "p"}"#)) { response in
                #expect(response.status == .badRequest && APIHarness.json(response)?["error"]?["code"]?.stringValue == "invalid_schedule")
            }
            try await client.execute(uri: "/api/cron/jobs", method: .post, body: APIHarness.body(#"{"agent": "ops", "name": "x", "prompt": "p"}"#)) { response in
                #expect(APIHarness.json(response)?["error"]?["field"]?.stringValue == "schedule")
            }
            try await client.execute(uri: "/api/cron/jobs/\(id)/disable", method: .put) { #expect(APIHarness.json($0)?["enabled"] == .bool(false)) }
            try await client.execute(uri: "/api/cron/jobs/ops%2Freport/enable", method: .put) { #expect(APIHarness.json($0)?["enabled"] == .bool(true)) }
            server.enqueue(OpenAIWire.text("Report done."))
            try await client.execute(uri: "/api/cron/jobs/\(id)/run", method: .post) { response in
                #expect(APIHarness.json(response)?["response"]?.stringValue == "Report done.")
            }
            try await client.execute(uri: "/api/cron/jobs/\(id)/status", method: .get) { #expect(APIHarness.json($0)?["run_count"]?.intValue == 1) }
            try await client.execute(uri: "/api/cron/jobs/\(id)", method: .delete) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/cron/jobs", method: .get) { #expect(APIHarness.json($0)?.arrayValue?.isEmpty == true) }
            try await client.execute(uri: "/api/cron/jobs/\(id)/status", method: .get) { #expect($0.status == .badRequest || $0.status == .notFound) }
        }
    }

    @Test func triggersAreCreatedToggledAndDeleted() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            var id = ""
            let create = #"{"agent": "ops", "pattern": {"custom": {"event_type": "deploy"}}, "max_fires": 2}"#
            try await client.execute(uri: "/api/triggers", method: .post, body: APIHarness.body(create)) { response in
                #expect(response.status == .created)
                let trigger = APIHarness.json(response)
                #expect(trigger?["pattern"]?.stringValue == #"{"custom":{"event_type":"deploy"}}"# && trigger?["max_fires"]?.intValue == 2)
                id = trigger?["id"]?.stringValue ?? ""
            }
            try await client.execute(uri: "/api/triggers", method: .post, body: APIHarness.body(#"{"agent": "ops", "pattern": "memory_update"}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(APIHarness.json(response)?["error"]?["message"]?.stringValue == "pattern memory_update is not supported yet: this kernel does not publish memory events")
            }
            try await client.execute(uri: "/api/triggers", method: .post, body: APIHarness.body(#"{"agent": "ops", "pattern": "all", "max_fires": -1}"#)) { response in
                #expect(APIHarness.json(response)?["error"]?["field"]?.stringValue == "max_fires")
            }
            try await client.execute(uri: "/api/triggers/\(id)", method: .put, body: APIHarness.body(#"{"enabled": false}"#)) { #expect(APIHarness.json($0)?["enabled"] == .bool(false)) }
            try await client.execute(uri: "/api/triggers/\(id)", method: .delete) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/triggers/\(id)", method: .delete) { #expect($0.status == .notFound) }
        }
    }
}
