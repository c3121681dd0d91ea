import Testing
@testable import OpenFangTypes

@Suite struct KernelConfigDecodingTests {
    @Test func emptyFileGivesOpenFangDefaults() throws {
        let result = TOMLValueDecoder.decode(KernelConfig.self, fromTOML: "", file: "config.toml")
        let config = try #require(result.value)
        #expect(result.issues.isEmpty)
        #expect(config == .defaults)
        #expect(config.apiListen == "127.0.0.1:4200")
        #expect(config.defaultModel.provider == "anthropic")
        #expect(config.defaultModel.model == "claude-sonnet-4-20250514")
        #expect(config.memory.embeddingModel == "all-MiniLM-L6-v2")
        #expect(config.approval.requireApproval == ["shell_exec"])
        #expect(config.approval.timeoutSecs == 60)
        #expect(config.execPolicy.mode == .allowlist)
        #expect(config.execPolicy.safeBins.count == 18)
        #expect(config.web.fetch.maxResponseBytes == 10 * 1024 * 1024)
        #expect(config.docker.tmpfs == ["/tmp:size=64m"])
        #expect(config.budget.alertThreshold == 0.8)
        #expect(config.maxCronJobs == 500)
        #expect(config.usageFooter == .full)
        #expect(config.channels.configuredChannelNames.isEmpty)
    }

    @Test func everySectionOfTheFixtureDecodes() throws {
        let result = TOMLValueDecoder.decode(KernelConfig.self, fromTOML: try Fixture.text("full-config.toml"), file: "full-config.toml")
        #expect(result.issues == [], "\(result.issues)")
        let c = try #require(result.value)
        #expect(c.homeDir == "/srv/openfang" && c.dataDir == "/srv/openfang/data")
        #expect(c.logLevel == "debug" && c.apiListen == "0.0.0.0:4300" && c.networkEnabled)
        #expect(c.apiKey == "sk-test-123" && c.mode == .stable && c.language == "de" && c.usageFooter == .tokens)
        #expect(c.workspacesDir == "/srv/openfang/ws" && c.workflowsDir == "/srv/openfang/wf" && c.maxCronJobs == 42)
        #expect(c.providerURLs == ["ollama": "http://10.0.0.5:11434/v1"] && c.providerAPIKeys == ["groq": "MY_GROQ_KEY"])
        #expect(c.skills == ["github": ["token_var": "GH"]])
        #expect(c.authProfiles["openai"]?.map(\.name) == ["primary", "backup"])
        #expect(c.thinking == ThinkingConfig(budgetTokens: 2048, streamThinking: true))
        #expect(c.defaultModel.provider == "groq" && c.defaultModel.subprocessTimeoutSecs == 120)
        #expect(c.fallbackProviders.first?.model == "llama3.2")
        #expect(c.memory.backend == "http" && c.memory.decayRate == 0.05 && c.memory.consolidationIntervalHours == 12)
        #expect(c.network.maxPeers == 7 && c.network.mdnsEnabled == false && c.network.sharedSecret == "s3cret")
        #expect(c.web.searchProvider == .searXNG && c.web.brave.country == "DE" && c.web.tavily.searchDepth == "advanced")
        #expect(c.web.perplexity.model == "sonar-pro" && c.web.searxng.url == "http://searx.local")
        #expect(c.web.fetch.ssrfAllowedHosts == ["10.0.0.0/8", "*.internal"] && c.web.fetch.readability == false)
        #expect(c.browser.viewportWidth == 800 && c.browser.chromiumPath == "/usr/bin/chromium")
        #expect(c.reload == ReloadConfig(mode: .hot, debounceMs: 250))
        #expect(c.webhookTriggers?.tokenEnv == "HOOK_TOKEN")
        #expect(c.approval.requireApproval == ["shell_exec", "file_write"] && c.approval.timeoutSecs == 120)
        #expect(c.execPolicy.mode == .full && c.execPolicy.shellEnvPassthrough == ["PATH"] && c.execPolicy.noOutputTimeoutSecs == 5)
        #expect(c.bindings.first?.matchRule.guildID == "g1" && c.bindings.first?.matchRule.roles == ["dev"])
        #expect(c.broadcast.strategy == .sequential && c.broadcast.routes["peer-1"] == ["coder", "writer"])
        #expect(c.autoReply.suppressPatterns == ["/quiet"] && c.canvas.allowedTags == ["svg"])
        #expect(c.tts.openAI.speed == 1.5 && c.tts.elevenLabs.voiceID == "voice-x" && c.tts.provider == "elevenlabs")
        #expect(c.docker.mode == .nonMain && c.docker.scope == .agent && c.docker.cpuLimit == 2.5 && c.docker.tmpfs.isEmpty)
        #expect(c.pairing.pushProvider == "ntfy" && c.extensions.reconnectMaxAttempts == 2 && c.vault.enabled == false)
        #expect(c.budget.maxDailyUSD == 10 && c.budget.defaultMaxLLMTokensPerHour == 50000)
        #expect(c.oauth.slackClientID == "sl-id" && c.auth.username == "root" && c.heartbeat.defaultTimeoutSecs == 90)
        #expect(c.a2a?.listenPath == "/agents" && c.a2a?.externalAgents.first?.name == "remote")
        #expect(c.mcpServers.count == 2)
        #expect(c.mcpServers.first?.transport == .stdio(command: "npx", args: ["-y", "@mcp/github"]))
        #expect(c.mcpServers.last?.transport == .http(url: "http://127.0.0.1:9999/mcp") && c.mcpServers.last?.timeoutSecs == 30)
        #expect(c.users.map(\.role) == [.owner, .user] && c.users.first?.channelBindings == ["telegram": "12345"])
        #expect(c.media.videoDescription && c.media.imageGenBaseURL == "http://img.local" && c.links.maxLinks == 1)
        let telegram = try #require(c.channels.telegram)
        #expect(telegram.allowedUsers == ["12345", "67890"])
        #expect(telegram.overrides.dmPolicy == .allowedOnly && telegram.overrides.prefixAgentName == .boldBracket)
        #expect(telegram.overrides.outputFormat == .telegramHTML && telegram.overrides.lifecycleReactions == false)
        #expect(c.channels.irc?.port == 6697 && c.channels.irc?.useTLS == true)
        #expect(c.channels.configuredChannelNames == ["telegram", "irc"])
    }

    @Test func aliasesAndShorthandsAreAccepted() throws {
        let source = """
            listen_addr = "127.0.0.1:9000"
            [approval_policy]
            require_approval = false
            [exec_policy]
            mode = "unrestricted"
            env_allowlist = ["HOME"]
            """
        let result = TOMLValueDecoder.decode(KernelConfig.self, fromTOML: source, file: "c.toml")
        #expect(result.issues.isEmpty, "\(result.issues)")
        let config = try #require(result.value)
        #expect(config.apiListen == "127.0.0.1:9000")
        #expect(config.approval.requireApproval.isEmpty)
        #expect(config.execPolicy.mode == .full)
        #expect(config.execPolicy.shellEnvPassthrough == ["HOME"])
    }

    @Test func requireApprovalTrueMeansShellExec() throws {
        let result = TOMLValueDecoder.decode(KernelConfig.self, fromTOML: "[approval]\nrequire_approval = true", file: "c.toml")
        #expect(result.value?.approval.requireApproval == ["shell_exec"])
    }
}
