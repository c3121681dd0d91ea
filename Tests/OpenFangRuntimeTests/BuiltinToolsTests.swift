import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct BuiltinToolsTests {
    static let issueFive = [
        "file_read", "file_write", "file_list", "create_directory", "apply_patch", "shell_exec", "process_start", "process_poll", "process_write",
        "process_kill", "process_list", "web_fetch", "web_search", "memory_store", "memory_recall", "memory_search", "knowledge_add_entity",
        "knowledge_add_relation", "knowledge_query", "system_time", "agent_send", "agent_spawn", "agent_list", "agent_kill", "agent_find", "task_post",
        "task_claim", "task_complete", "task_list", "event_publish",
    ]

    @Test func everyBuiltinIsRegisteredWithAValidSchema() async {
        let services = BuiltinToolServices(environment: { _ in nil })
        let registry = BuiltinTools.registry(services)
        #expect(registry.definitions.map(\.name) == Self.issueFive.sorted())
        for definition in registry.definitions {
            let schema = definition.inputSchema.value
            #expect(schema["type"] == .string("object"), "\(definition.name)")
            let properties = schema["properties"]?.objectValue ?? [:]
            for case .string(let required) in schema["required"]?.arrayValue ?? [] {
                #expect(properties[required] != nil, "\(definition.name) requires \(required) but does not describe it")
            }
            #expect(!definition.description.isEmpty)
        }
        #expect(registry.resolve("Read") == "file_read" && registry.resolve("Bash") == "shell_exec" && registry.resolve("exec") == "shell_exec")
        await services.processes.shutdown()
    }

    @Test func profilesOfferOnlyTheirTools() {
        let registry = BuiltinTools.registry(BuiltinToolServices(environment: { _ in nil }))
        for profile in ToolProfile.allCases where !profile.tools.contains("*") {
            var manifest = AgentManifest.parse("name = \"a\"", file: "a").value!
            manifest.profile = profile
            let offered = registry.definitions(for: AgentPermissions(manifest: manifest)).map(\.name)
            #expect(Set(offered) == Set(profile.tools), "\(profile)")
        }
    }
}
