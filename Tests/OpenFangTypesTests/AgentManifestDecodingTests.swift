import Testing
@testable import OpenFangTypes

@Suite struct AgentManifestDecodingTests {
    @Test func emptyManifestGivesOpenFangDefaults() throws {
        let manifest = try #require(AgentManifest.parse("", file: "agent.toml").value)
        #expect(manifest == .defaults)
        #expect(manifest.name == "unnamed" && manifest.version == "0.1.0" && manifest.module == "builtin:chat")
        #expect(manifest.schedule == .reactive && manifest.priority == .normal)
        #expect(manifest.model.maxTokens == 4096 && manifest.model.temperature == 0.7)
        #expect(manifest.model.systemPrompt == "You are a helpful AI agent.")
        #expect(manifest.resources.maxMemoryBytes == 256 * 1024 * 1024 && manifest.resources.maxToolCallsPerMinute == 60)
        #expect(manifest.generateIdentityFiles && manifest.effectiveMaxHistoryMessages == 20)
    }

    @Test func everyFieldOfTheFixtureDecodes() throws {
        let result = AgentManifest.parse(try Fixture.text("full-agent.toml"), file: "full-agent.toml")
        #expect(result.issues == [], "\(result.issues)")
        let m = try #require(result.value)
        #expect(m.name == "full-agent" && m.version == "1.2.3" && m.description == "Sets every field." && m.author == "tests")
        #expect(m.priority == .high && m.profile == .coding)
        #expect(m.skills == ["git-helper"] && m.mcpServers == ["github"] && m.tags == ["test", "fixture"])
        #expect(m.pinnedModel == "claude-haiku-4-5-20251001" && m.workspace == "/tmp/work" && m.stateDir == "/tmp/state")
        #expect(m.generateIdentityFiles == false && m.cacheContext && m.maxHistoryMessages == 40)
        #expect(m.execPolicy?.mode == .full && m.execPolicy?.timeoutSecs == 30)
        #expect(m.toolAllowlist == ["file_read"] && m.toolBlocklist == ["shell_exec"])
        #expect(m.schedule == .periodic(cron: "every 10m"))
        #expect(m.model.model == "claude-sonnet-4-20250514", "model.name is an alias of model.model")
        #expect(m.model.maxTokens == 8192 && m.model.temperature == 0.3 && m.model.apiKeyEnv == "MY_ANTHROPIC_KEY")
        #expect(m.fallbackModels == [FallbackModel(provider: "groq", model: "llama-3.3-70b-versatile", apiKeyEnv: "GROQ_API_KEY", baseURL: "https://api.groq.com/openai/v1")])
        #expect(m.resources.maxLLMTokensPerHour == 200_000 && m.resources.maxCostPerMonthUSD == 20)
        #expect(m.capabilities.shell == ["git *"] && m.capabilities.agentSpawn && m.capabilities.ofpConnect == ["peer-*"])
        #expect(m.tools["web_fetch"]?.params["max_chars"] == .integer(1000))
        #expect(m.metadata["owner"] == .string("qa") && m.metadata["hand_allowed_env"] == .array([.string("HOME")]))
        #expect(m.routing?.simpleThreshold == 50 && m.routing?.complexModel == "large")
        #expect(m.autonomous?.quietHours == "22:00-07:00" && m.autonomous?.maxRestarts == 3)
    }

    @Test(arguments: [
        ("schedule = \"reactive\"", ScheduleMode.reactive),
        ("[schedule]\nperiodic = { cron = \"every 1h\" }", .periodic(cron: "every 1h")),
        ("[schedule]\nproactive = { conditions = [\"event:agent_spawned\"] }", .proactive(conditions: ["event:agent_spawned"])),
        ("[schedule]\ncontinuous = { check_interval_secs = 120 }", .continuous(checkIntervalSecs: 120)),
        ("[schedule]\ncontinuous = {}", .continuous(checkIntervalSecs: 60)),
        ("schedule = { periodic = { cron = \"every 5m\" } }", .periodic(cron: "every 5m")),
    ])
    func scheduleVariants(source: String, expected: ScheduleMode) throws {
        let result = AgentManifest.parse(source, file: "agent.toml")
        #expect(result.issues.isEmpty, "\(result.issues)")
        #expect(result.value?.schedule == expected)
    }

    @Test func execPolicyAsTable() throws {
        let result = AgentManifest.parse("[exec_policy]\nmode = \"deny\"\ntimeout_secs = 3", file: "agent.toml")
        #expect(result.value?.execPolicy?.mode == .deny && result.value?.execPolicy?.timeoutSecs == 3)
    }

    @Test func execPolicyStringAliases() throws {
        for (text, mode) in [("allow", ExecSecurityMode.full), ("restricted", .allowlist), ("none", .deny)] {
            #expect(AgentManifest.parse("exec_policy = \"\(text)\"", file: "a.toml").value?.execPolicy?.mode == mode)
        }
    }

    @Test func badScheduleAndPriorityAreReportedWithLocations() {
        let issues = AgentManifest.parse("priority = \"urgent\"\nschedule = \"sometimes\"", file: "agent.toml").issues
        #expect(issues.map(\.description) == [
            "agent.toml:1:12: error: priority: invalid value \"urgent\": expected one of \"low\", \"normal\", \"high\", \"critical\"",
            "agent.toml:2:12: error: schedule: invalid schedule \"sometimes\": expected \"reactive\", or a table with `periodic`, `proactive` or `continuous`",
        ])
    }

    @Test func unknownManifestKeyWarns() {
        let issues = AgentManifest.parse("[resources]\nmax_concurrent_tools = 5", file: "agent.toml").issues
        #expect(issues.first?.severity == .warning && issues.first?.keyPath == "resources.max_concurrent_tools")
    }
}
