import Foundation
import OpenFangTesting
import Testing

/// `openfang cron …`, `trigger …`, `agent new|set|kill` and the config-change audit, as real
/// processes on a temporary home.
@Suite(.serialized, .timeLimit(.minutes(1))) struct SchedulingCommandTests {
    func home(_ label: String) throws -> CLITestHome {
        let t = try CLITestHome(label, environment: ["GROQ_API_KEY": "gsk-test", "OPENAI_API_KEY": "sk-test"])
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("agent", "spawn", "assistant").status == 0)
        return t
    }

    func json(_ output: OpenFangProcess.Output) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
    }

    @Test func cronJobsAreCreatedListedPreviewedToggledAndDeleted() throws {
        let t = try home("cli-cron")
        defer { t.remove() }
        let created = try t.run("cron", "create", "assistant", "every 1h", "Summarise the news", "--name", "news", "--missed", "catch_up:2")
        #expect(created.status == 0, "\(created.standardError)")
        #expect(created.standardOutput.hasPrefix("created assistant/news (") && created.standardOutput.contains("; next run 20"))
        let listed = try json(t.run("cron", "list", "--json"))
        #expect(listed.count == 1)
        #expect(listed.first?["schedule"] as? String == "every 1h" && listed.first?["missed"] as? String == "catch_up:2")
        #expect(listed.first?["enabled"] as? Bool == true && listed.first?["run_count"] as? Int == 0)

        let next = try t.run("cron", "next", "assistant/news", "--n", "3")
        #expect(next.status == 0 && next.standardOutput.split(separator: "\n").count == 3, "\(next.standardOutput)\(next.standardError)")
        #expect(try t.run("cron", "disable", "assistant/news").standardOutput == "disabled assistant/news\n")
        #expect(try json(t.run("cron", "list", "--json")).first?["enabled"] as? Bool == false)
        #expect(try t.run("cron", "list").standardOutput.contains("disabled"))
        #expect(try t.run("cron", "enable", "assistant/news").status == 0)
        let id = try #require(listed.first?["id"] as? String)
        #expect(try t.run("cron", "delete", String(id.prefix(8))).status == 0)
        #expect(try t.run("cron", "list").standardOutput.hasPrefix("no cron jobs"))
    }

    @Test func badCronRequestsAreExplained() throws {
        let t = try home("cli-cron-bad")
        defer { t.remove() }
        let bad = try t.run("cron", "create", "assistant", "every 0m", "x")
        #expect(bad.status == 1 && bad.standardError.contains(#"error: schedule "every 0m": expected a positive number and a unit"#), "\(bad.standardError)")
        let nobody = try t.run("cron", "create", "nobody", "hourly", "x")
        #expect(nobody.status == 1 && nobody.standardError.contains(#"no agent named "nobody""#))
        let neither = try t.run("cron", "next", "sometimes")
        #expect(neither.status == 1 && neither.standardError.contains(#"error: "sometimes" is neither a cron job nor a schedule"#), "\(neither.standardError)")
        let missing = try t.run("cron", "delete", "assistant/none")
        #expect(missing.status == 1 && missing.standardError.contains(#"no cron job "assistant/none""#))
    }

    @Test func triggersAreCreatedListedAndDeleted() throws {
        let t = try home("cli-trigger")
        defer { t.remove() }
        let bad = try t.run("trigger", "create", "assistant", #"{"content_match":{}}"#)
        #expect(bad.status == 1 && bad.standardError.contains("pattern content_match: `substring` must be a non-empty string"))
        let created = try t.run("trigger", "create", "assistant", #"{"custom":{"event_type":"deploy"}}"#, "--max-fires", "3", "--cooldown", "60")
        #expect(created.status == 0 && created.standardOutput.hasPrefix("created trigger "), "\(created.standardError)")
        let listed = try t.run("trigger", "list")
        #expect(listed.standardOutput.contains(#"{"custom":{"event_type":"deploy"}}"#) && listed.standardOutput.contains("0/3"))
        let id = String(created.standardOutput.dropFirst("created trigger ".count).prefix(8))
        #expect(try t.run("trigger", "delete", id).status == 0)
        #expect(try t.run("trigger", "list").standardOutput.hasPrefix("no triggers"))
    }

    @Test func agentNewSetAndKill() throws {
        let t = try home("cli-agent-verbs")
        defer { t.remove() }
        let templates = try t.run("agent", "new")
        #expect(templates.status == 0 && templates.standardOutput.contains("researcher"))
        let created = try t.run("agent", "new", "researcher")
        #expect(created.status == 0 && created.standardOutput.hasPrefix("registered agent researcher ("), "\(created.standardError)")
        let set = try t.run("agent", "set", "researcher", "model", "openai/gpt-4o-mini")
        #expect(set.status == 0 && set.standardOutput == "researcher now uses openai/gpt-4o-mini\n", "\(set.standardError)")
        let agents = try json(t.run("agent", "list", "--json"))
        #expect(agents.first { $0["name"] as? String == "researcher" }?["model"] as? String == "openai/gpt-4o-mini", "persisted across processes")
        let badField = try t.run("agent", "set", "researcher", "temperature", "1")
        #expect(badField.status == 1 && badField.standardError.contains("the one settable field is model"))
        _ = try t.run("cron", "create", "researcher", "hourly", "look around")
        #expect(try t.run("agent", "kill", "researcher").standardOutput == "researcher is terminated\n")
        #expect(try json(t.run("cron", "list", "--json")).isEmpty, "killing an agent removes its jobs")
    }

    @Test func configChangesAreAudited() throws {
        let t = try home("cli-config-audit")
        defer { t.remove() }
        #expect(try t.run("config", "set", "log_level", "debug").status == 0)
        #expect(try t.run("config", "set", "api_key", "supersecret").status == 0)
        #expect(try t.run("config", "unset", "api_key").status == 0)
        let audit = try json(t.run("security", "audit", "--json", "--limit", "3"))
        #expect(audit.map { "\($0["action"] ?? "") \($0["subject"] ?? "")" } == ["config.set config:log_level", "config.set config:api_key", "config.unset config:api_key"])
        let secret = try t.run("security", "audit", "--json")
        #expect(!secret.standardOutput.contains("supersecret") && secret.standardOutput.contains("[redacted]"))
        #expect(try t.run("security", "verify").status == 0)
    }
}
