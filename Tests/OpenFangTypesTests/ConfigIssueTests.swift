import Testing
@testable import OpenFangTypes

/// Each kind of mistake produces a message naming the place, the key and what was expected.
@Suite struct ConfigIssueTests {
    func issues(_ source: String) -> [DecodingIssue] {
        TOMLValueDecoder.decode(KernelConfig.self, fromTOML: source, file: "config.toml").issues
    }

    @Test func syntaxErrorNamesFileLineColumnAndWhatWasExpected() {
        let found = issues("log_level = \"info\"\napi_listen : \"x\"")
        #expect(found.count == 1)
        #expect(found.first?.description == "config.toml:2:12: error: expected `=` after the key `api_listen`, found `:`")
    }

    @Test func wrongTypeNamesKeyPathExpectedTypeAndValue() {
        let found = issues("[web.fetch]\nmax_chars = \"lots\"")
        #expect(found.map(\.description) == [
            "config.toml:2:13: error: web.fetch.max_chars: expected an integer, found a string (\"lots\")"
        ])
    }

    @Test func unknownKeyIsAWarningWithItsLineAndTheNearestKey() {
        let found = issues("log_level = \"info\"\napi_lisen = \"127.0.0.1:1\"")
        #expect(found.count == 1)
        let warning = found[0]
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 2)
        #expect(warning.suggestion == "api_listen")
        #expect(warning.description == "config.toml:2:1: warning: api_lisen: unknown key, ignored (did you mean `api_listen`?)")
    }

    @Test func unknownKeyInANestedTableSuggestsFromThatTable() {
        let found = issues("[default_model]\nprovder = \"groq\"")
        #expect(found.first?.keyPath == "default_model.provder")
        #expect(found.first?.suggestion == "provider")
    }

    @Test func everyProblemIsReportedAtOnce() {
        let found = issues("""
            api_listen = 4200
            bogus = 1
            [web.fetch]
            max_chars = "lots"
            timeout_secs = -5
            [exec_policy]
            mode = "restrictd"
            [[fallback_providers]]
            model = "x"
            """)
        let errors = found.filter { $0.severity == .error }.map(\.keyPath)
        #expect(errors == ["api_listen", "web.fetch.max_chars", "web.fetch.timeout_secs", "exec_policy.mode", "fallback_providers[0]"])
        #expect(found.contains { $0.severity == .warning && $0.keyPath == "bogus" })
    }

    @Test func invalidEnumValueListsAllowedValuesAndSuggests() {
        let found = issues("[exec_policy]\nmode = \"restrictd\"")
        #expect(found.first?.message == "invalid value \"restrictd\": expected one of \"deny\", \"allowlist\", \"full\" (did you mean \"restricted\"?)")
    }

    @Test func negativeCountIsRejected() {
        let found = issues("max_cron_jobs = -1")
        #expect(found.first?.message == "-1 is negative: expected 0 or more")
        #expect(found.first?.location?.line == 1)
    }

    @Test func missingRequiredKeyNamesTheTable() {
        let found = issues("[[mcp_servers]]\nname = \"x\"")
        #expect(found.first?.description == "config.toml:1:1: error: mcp_servers[0]: missing required key `transport`")
    }

    @Test func approvalTimeoutOutOfRange() {
        let found = issues("[approval]\ntimeout_secs = 5")
        #expect(found.first?.message == "5 is out of range: expected 10…300 seconds")
    }

    @Test func heartbeatTimeoutOutOfRange() {
        let found = issues("[heartbeat]\ndefault_timeout_secs = 0")
        #expect(found.first?.description == "config.toml:2:24: error: heartbeat.default_timeout_secs: 0 is out of range: expected 5…86400 seconds")
    }
}
