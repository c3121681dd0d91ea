import Foundation
import OpenFangTesting
import Testing

@Suite(.serialized) struct OtherCommandTests {
    @Test func helpListsOnlyWorkingCommandsAndVersionPrints() throws {
        let t = try CLITestHome("cli-help")
        defer { t.remove() }
        let help = try t.run("--help")
        let commands = ["init", "config", "agent", "models", "doctor", "message", "chat", "runs", "start", "stop", "status", "cron", "trigger", "approvals"]
        for command in commands {
            #expect(help.standardOutput.contains("  \(command) "))
        }
        for missing in ["workflow", "skill", "hand", "channel"] { #expect(!help.standardOutput.contains("  \(missing) ")) }
        let version = try t.run("--version")
        #expect(version.status == 0 && version.standardOutput == "0.1.0\n")
    }

    @Test func agentValidateReportsLocations() throws {
        let t = try CLITestHome("cli-agent")
        defer { t.remove() }
        let file = t.directory.file("agent.toml")
        try t.write("name = \"x\"\n[model]\ntemperature = \"hot\"\n[capabilities]\ntols = []\n", to: file)
        let result = try t.run("agent", "validate", file)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(file):3:15: error: model.temperature: expected a number, found a string (\"hot\")"))
        #expect(result.standardError.contains("\(file):5:1: warning: capabilities.tols: unknown key, ignored (did you mean `tools`?)"))
        try t.write("name = \"ok\"\n", to: file)
        #expect(try t.run("agent", "validate", file).status == 0)
    }

    @Test func modelsCommands() throws {
        let t = try CLITestHome("cli-models", environment: ["GROQ_API_KEY": "k"])
        defer { t.remove() }
        let list = try t.run("models", "list", "--provider", "anthropic", "--json")
        let models = try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]]
        #expect(models?.isEmpty == false && models?.allSatisfy { $0["provider"] as? String == "anthropic" } == true)
        #expect(try t.run("models", "aliases").standardOutput.contains("sonnet"))
        let providers = try t.run("models", "providers", "--json").standardOutput
        let rows = try JSONSerialization.jsonObject(with: Data(providers.utf8)) as? [[String: Any]]
        #expect(rows?.first { $0["id"] as? String == "groq" }?["authStatus"] as? String == "configured")
        #expect(rows?.first { $0["id"] as? String == "ollama" }?["authStatus"] as? String == "not_required")
        let bad = try t.run("models", "list", "--provider", "antropic")
        #expect(bad.status == 1 && bad.standardError.contains("did you mean \"anthropic\"?"))
    }

    @Test func doctorReportsEachCheckWithAFix() throws {
        let t = try CLITestHome("cli-doctor")
        defer { t.remove() }
        let before = try t.run("doctor", "--json")
        #expect(before.status == 1)
        let checks = try JSONSerialization.jsonObject(with: Data(before.standardOutput.utf8)) as? [[String: Any]] ?? []
        #expect(checks.first { $0["name"] as? String == "home" }?["status"] as? String == "fail")
        #expect(checks.allSatisfy { $0["status"] as? String == "ok" || $0["fix"] is String })

        var withKey = t
        withKey.environment["GROQ_API_KEY"] = "k"
        _ = try withKey.run("init", "--quick")
        let after = try withKey.run("doctor")
        #expect(after.status == 0, "\(after.standardOutput)")
        #expect(after.standardOutput.contains("ok    agents: 30 manifests valid"))

        try t.write("name = 5\n", to: t.home + "/agents/coder/agent.toml")
        let broken = try withKey.run("doctor")
        #expect(broken.status == 1 && broken.standardOutput.contains("fail  agents: 1 of 30 manifests invalid"))
    }
}

extension OtherCommandTests {
    @Test func cronNextPreviewsFireTimes() throws {
        let t = try CLITestHome("cli-cron")
        defer { t.remove() }
        let next = try t.run("cron", "next", "weekdays at 6pm", "--n", "3", "--after", "2026-11-27T19:00:00Z")
        #expect(next.status == 0 && next.standardOutput == "2026-11-30T18:00:00Z\n2026-12-01T18:00:00Z\n2026-12-02T18:00:00Z\n")
        let bad = try t.run("cron", "next", "61 * * * *")
        #expect(bad.status == 1 && bad.standardError == "error: minute: 61 is outside 0-59\n")
    }
}
