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

/// `PATCH /api/agents/{id}`: name, description, system prompt and model change together or not at
/// all, land in the stored manifest, and bad fields are named.
@Suite(.timeLimit(.minutes(1))) struct AgentUpdateRouteTests {
    static let manifest = "# the ops agent\nname = \"ops\"\ndescription = \"old\"\n[model]\nprovider = \"openai\"\nmodel = \"gpt-4o\"\nsystem_prompt = \"Be brief.\"\n"

    @Test func fieldsChangeAndAreStoredInTheManifest() async throws {
        try await APIHarness.run { _, kernel, client in
            let ops = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            let workspace = kernel.home.workspacesDirectory + "/ops"
            let body = #"{"name": "night-ops", "description": "Watches the \"night\" shift", "system_prompt": "Line one.\nLine two.", "model": "openai/gpt-4o-mini"}"#
            try await client.execute(uri: "/api/agents/ops", method: .patch, body: APIHarness.body(body)) { response in
                let json = APIHarness.json(response)
                #expect(response.status == .ok && json?["agent_id"]?.stringValue == ops.id.description && json?["name"]?.stringValue == "night-ops")
                #expect(json?["description"]?.stringValue == "Watches the \"night\" shift" && json?["model"]?.stringValue == "openai/gpt-4o-mini")
            }
            let stored = try #require(try await kernel.store.agentRecords().first { $0.id == ops.id })
            #expect(stored.name == "night-ops" && stored.manifest.hasPrefix("# the ops agent\n"), "comments kept")
            let manifest = try #require(AgentManifest.parse(stored.manifest, file: "stored").value)
            #expect(manifest.name == "night-ops" && manifest.description == "Watches the \"night\" shift")
            #expect(manifest.model.systemPrompt == "Line one.\nLine two." && manifest.model.model == "gpt-4o-mini")
            #expect(manifest.workspace == workspace, "a renamed agent keeps its workspace folder")
            #expect(await kernel.summary(of: "ops") == nil)
            #expect(await kernel.summary(of: "night-ops")?.id == ops.id)
            let audit = try await kernel.store.auditRecords(limit: 5)
            #expect(audit.contains { $0.action == "agent.update" && $0.subject == "agent:\(ops.id)" })
        }
    }

    @Test func badFieldsAreNamedAndNothingChanges() async throws {
        try await APIHarness.run { _, kernel, client in
            let ops = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            _ = try await kernel.spawn(source: "name = \"taken\"\n", file: "taken.toml")
            let cases: [(String, HTTPResponse.Status, String?, String)] = [
                (#"{"name": "../escape"}"#, .badRequest, "name", "`.`"),
                (#"{"name": "a/b"}"#, .badRequest, "name", "`/`"),
                (#"{"name": ""}"#, .badRequest, "name", "empty"),
                (#"{"name": "taken"}"#, .conflict, nil, "taken"),
                (#"{"description": 7}"#, .badRequest, "description", "string"),
                (#"{"colour": "red"}"#, .badRequest, "colour", "colour"),
                (#"{}"#, .badRequest, nil, "at least one"),
                (#"{"name": "renamed", "model": "openai/"}"#, .badRequest, "model", "openai/"),
            ]
            for (body, status, field, words) in cases {
                try await client.execute(uri: "/api/agents/ops", method: .patch, body: APIHarness.body(body)) { response in
                    let error = APIHarness.json(response)?["error"]
                    #expect(response.status == status && error?["field"]?.stringValue == field, "\(body)")
                    #expect(error?["message"]?.stringValue?.contains(words) == true, "\(body): \(String(describing: error))")
                }
            }
            let stored = try #require(try await kernel.store.agentRecords().first { $0.id == ops.id })
            #expect(stored.name == "ops" && stored.manifest == Self.manifest, "all or nothing: the bad model left the name alone")
            try await client.execute(uri: "/api/agents/nobody", method: .patch, body: APIHarness.body(#"{"name": "x"}"#)) { #expect($0.status == .notFound) }
        }
    }

    @Test func aManifestWithAnUnsafeNameIsRefused() async throws {
        try await APIHarness.run { _, _, client in
            let body = #"{"manifest_toml": "name = \"../../etc\"\n"}"#
            try await client.execute(uri: "/api/agents", method: .post, body: APIHarness.body(body)) { response in
                let error = APIHarness.json(response)?["error"]
                #expect(response.status == .badRequest && error?["code"]?.stringValue == "invalid_manifest")
                #expect(error?["message"]?.stringValue?.contains("name") == true)
            }
        }
    }
}
