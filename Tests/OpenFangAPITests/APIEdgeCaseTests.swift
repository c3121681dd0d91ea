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

/// What schemathesis found: each answer now has the status and shape the contract promises.
@Suite(.timeLimit(.minutes(1))) struct APIEdgeCaseTests {
    static let manifest = "name = \"ops\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n"

    @Test func missingCronJobsAre404AndBadTriggerPatternsNameTheField() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            for (uri, method) in [("/api/cron/jobs/nope", HTTPRequest.Method.delete), ("/api/cron/jobs/nope/status", .get), ("/api/cron/jobs/nope/enable", .put)] {
                try await client.execute(uri: uri, method: method) { response in
                    #expect(response.status == .notFound && APIHarness.json(response)?["error"]?["code"]?.stringValue == "unknown_cron_job", "\(uri)")
                }
            }
            try await client.execute(uri: "/api/triggers", method: .post, body: APIHarness.body(#"{"agent": "ops", "pattern": {"bogus": 1}}"#)) { response in
                let error = APIHarness.json(response)?["error"]
                #expect(response.status == .badRequest && error?["code"]?.stringValue == "invalid_pattern" && error?["field"]?.stringValue == "pattern")
            }
        }
    }

    @Test func aPageOnAnotherSiteCannotChangeAnything() async throws {
        try await APIHarness.run(api: { $0.corsOrigins = ["http://allowed.example"] }) { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            let evil: HTTPFields = [.origin: "http://evil.example", .contentType: "text/plain"]
            for (uri, method) in [("/api/shutdown", HTTPRequest.Method.post), ("/api/agents/ops/session/reset", .post), ("/api/agents/ops", .delete)] {
                try await client.execute(uri: uri, method: method, headers: evil) { response in
                    #expect(response.status == .forbidden && APIHarness.json(response)?["error"]?["code"]?.stringValue == "cross_origin", "\(uri)")
                }
            }
            #expect(await kernel.summary(of: "ops")?.state == "running")
            try await client.execute(uri: "/api/agents", method: .get, headers: evil) { #expect($0.status == .ok, "reading is not changing") }
            try await client.execute(uri: "/api/agents/ops/stop", method: .post, headers: [.origin: "http://allowed.example"]) { #expect($0.status == .ok) }
        }
    }

    @Test func aTerminatedAgentsNameCanBeTakenAgain() async throws {
        try await APIHarness.run { _, kernel, client in
            let old = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            try await client.execute(uri: "/api/agents/ops", method: .delete) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/agents", method: .post, body: APIHarness.body(#"{"manifest_toml": "name = \"ops\"\n"}"#)) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["agent_id"]?.stringValue != old.id.description)
            }
            #expect(await kernel.summary(of: old.id.description)?.name == "ops~\(old.id.description.prefix(8))", "the old one keeps its history under a new name")
        }
    }

    @Test func aRefusedManifestLeavesNothingBehind() async throws {
        try await APIHarness.run { _, kernel, client in
            let cases = [
                (#"name = \"cronbad\"\nschedule = { periodic = { cron = \"99 * * * *\" } }"#, "schedule.periodic.cron"),
                (#"name = \"roamer\"\nworkspace = \"/etc\""#, "workspace"),
                (#"name = \"sneaky\"\nworkspace = \""# + kernel.home.workspacesDirectory + #"/../../etc\""#, "workspace"),
            ]
            for (manifest, words) in cases {
                try await client.execute(uri: "/api/agents", method: .post, body: APIHarness.body(#"{"manifest_toml": ""# + manifest + #""}"#)) { response in
                    let message = APIHarness.json(response)?["error"]?["message"]?.stringValue ?? ""
                    #expect(response.status == .badRequest && message.contains(words), "\(manifest): \(message)")
                }
            }
            #expect(await kernel.summaries().isEmpty)
            #expect(try await kernel.store.agentRecords().isEmpty, "nothing stored, so the next boot is not blocked")
        }
    }

    @Test func bodiesThatAskForTwoThingsOrTheWrongShapeAre400() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            try await client.execute(uri: "/api/agents", method: .post, body: APIHarness.body(#"{"manifest_toml": "name = \"x\"", "template": "coder"}"#)) { response in
                #expect(response.status == .badRequest && APIHarness.json(response)?["error"]?["field"]?.stringValue == "template")
            }
            let chat = #"{"model": "ops", "messages": [{"role": "user", "content": "hi"}], "stream_options": "yes"}"#
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: APIHarness.body(chat)) { response in
                #expect(response.status == .badRequest && APIHarness.json(response)?["error"]?["param"]?.stringValue == "stream_options")
            }
        }
    }

    @Test func bodiesMustBeJSONAndManifestsAndImagesAreChecked() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            try await client.execute(uri: "/api/agents/ops/message", method: .post, headers: [.contentType: "text/plain"], body: APIHarness.body(#"{"message": "hi"}"#)) { response in
                #expect(response.status == .unsupportedMediaType && APIHarness.json(response)?["error"]?["code"]?.stringValue == "unsupported_media_type")
            }
            let hot = #"{"manifest_toml": "name = \"hot\"\n[model]\ntemperature = 9.0\n"}"#
            try await client.execute(uri: "/api/agents", method: .post, headers: [.contentType: "application/json; charset=utf-8"], body: APIHarness.body(hot)) { response in
                let message = APIHarness.json(response)?["error"]?["message"]?.stringValue ?? ""
                #expect(response.status == .badRequest && message.contains("manifest_toml:3:") && message.contains("temperature 9.0 is out of range"), "\(message)")
            }
            let image = #"{"model": "ops", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,!!!not base64!!!"}}]}]}"#
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: APIHarness.body(image)) { response in
                #expect(response.status == .badRequest && APIHarness.json(response)?["error"]?["param"]?.stringValue?.contains("image_url") == true)
            }
        }
    }

    @Test func aPathThatExistsWithOtherMethodsIs405WithAllow() async throws {
        try await APIHarness.run { _, _, client in
            try await client.execute(uri: "/api/health", method: .put) { response in
                #expect(response.status == .methodNotAllowed && response.headers[.allow] == "GET")
                #expect(APIHarness.json(response)?["error"]?["code"]?.stringValue == "method_not_allowed")
            }
            try await client.execute(uri: "/api/nothing-here", method: .put) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/v1/models", method: .delete) { response in
                #expect(response.status == .methodNotAllowed && APIHarness.json(response)?["error"]?["type"]?.stringValue == "invalid_request_error")
            }
        }
    }

    @Test func namesWithSpacesAndAccentsWorkInPaths() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: "name = \"night ops é\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\n", file: "n.toml")
            try await client.execute(uri: "/api/agents/night%20ops%20%C3%A9", method: .get) { response in
                #expect(response.status == .ok && APIHarness.json(response)?["name"]?.stringValue == "night ops é")
            }
        }
    }

    @Test func aSuspendedAgentsStreamIsRefusedBeforeItOpens() async throws {
        try await APIHarness.run { _, kernel, client in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            try await kernel.setState(.suspended, of: "ops")
            try await client.execute(uri: "/api/agents/ops/message/stream", method: .post, body: APIHarness.body(#"{"message": "hi"}"#)) { response in
                #expect(response.status == .conflict && APIHarness.json(response)?["error"]?["code"]?.stringValue == "agent_not_running")
            }
        }
    }

    @Test func v1ErrorsFromTheMiddlewareSpeakOpenAI() async throws {
        try await APIHarness.run(api: { $0.rateLimitPerMinute = 30 }) { _, _, client in
            let big = ByteBuffer(string: #"{"model": ""# + String(repeating: "x", count: 2 << 20) + #""}"#)
            try await client.execute(uri: "/v1/chat/completions", method: .post, body: big) { response in
                let error = APIHarness.json(response)?["error"]
                #expect(response.status == .contentTooLarge && error?["type"]?.stringValue == "invalid_request_error" && error?["code"]?.stringValue == "payload_too_large")
            }
            var limited = false
            for _ in 0..<40 where !limited {
                try await client.execute(uri: "/v1/models", method: .get) { response in
                    guard response.status == .tooManyRequests else { return }
                    limited = true
                    #expect(APIHarness.json(response)?["error"]?["type"]?.stringValue == "rate_limit_error" && response.headers[.retryAfter] != nil)
                }
            }
            #expect(limited)
        }
    }
}
