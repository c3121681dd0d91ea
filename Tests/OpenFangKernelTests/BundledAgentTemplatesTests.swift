import Foundation
import OpenFangTypes
import Testing
@testable import OpenFangKernel

@Suite struct BundledAgentTemplatesTests {
    static let names = [
        "analyst", "architect", "assistant", "code-reviewer", "coder", "customer-support", "data-scientist", "debugger",
        "devops-lead", "doc-writer", "email-assistant", "health-tracker", "hello-world", "home-automation",
        "legal-assistant", "meeting-assistant", "ops", "orchestrator", "personal-finance", "planner", "recruiter",
        "researcher", "sales-assistant", "security-auditor", "social-media", "test-engineer", "translator",
        "travel-planner", "tutor", "writer",
    ]

    @Test func thereAreThirtyWithOpenFangsNames() {
        #expect(BundledAgentTemplates.all.map(\.name) == Self.names)
    }

    @Test(arguments: names)
    func everyTemplateDecodesWithoutAnyIssue(name: String) throws {
        let template = try #require(BundledAgentTemplates.template(named: name))
        let result = AgentManifest.parse(template.source, file: "\(name)/agent.toml")
        #expect(result.issues.isEmpty, "\(result.issues)")
        #expect(result.value?.name == name)
        #expect(result.value?.model.provider == "default")
    }

    @Test func schedulesMatchOpenFang() throws {
        func schedule(_ name: String) -> ScheduleMode? {
            BundledAgentTemplates.template(named: name).flatMap { AgentManifest.parse($0.source, file: name).value?.schedule }
        }
        #expect(schedule("health-tracker") == .periodic(cron: "every 1h"))
        #expect(schedule("ops") == .periodic(cron: "every 5m"))
        #expect(schedule("orchestrator") == .continuous(checkIntervalSecs: 120))
        #expect(schedule("security-auditor") == .proactive(conditions: ["event:agent_spawned", "event:agent_terminated"]))
        #expect(schedule("assistant") == .reactive)
    }

    @Test func compiledSourcesMatchTheAgentsFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for template in BundledAgentTemplates.all {
            let file = root.appendingPathComponent("agents/\(template.name)/agent.toml").path
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(text.trimmingCharacters(in: .newlines) == template.source, "regenerate with scripts/generate-bundled-agents.py")
        }
    }
}
