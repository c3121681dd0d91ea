import Foundation
import OpenFangTesting
import Testing

@Suite(.serialized) struct ConfigCommandTests {
    func initialized(_ label: String) throws -> CLITestHome {
        let t = try CLITestHome(label)
        _ = try t.run("init", "--quick")
        return t
    }

    @Test func validateOnABrokenFileExitsNonZeroWithEveryLocation() throws {
        let t = try initialized("cli-validate")
        defer { t.remove() }
        try t.write("api_listen = 4200\napi_lisen = \"x\"\n[web.fetch]\nmax_chars = \"lots\"\n", to: t.config)
        let result = try t.run("config", "validate")
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(t.config):1:14: error: api_listen: expected a string, found an integer (4200)"))
        #expect(result.standardError.contains("\(t.config):4:13: error: web.fetch.max_chars: expected an integer"))
        #expect(result.standardError.contains("\(t.config):2:1: warning: api_lisen: unknown key, ignored (did you mean `api_listen`?)"))
    }

    @Test func validateSyntaxErrorAsJSON() throws {
        let t = try initialized("cli-validate-json")
        defer { t.remove() }
        try t.write("[default_model\nprovider = \"x\"\n", to: t.config)
        let result = try t.run("config", "validate", "--json")
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(json?["valid"] as? Bool == false)
        let error = (json?["errors"] as? [[String: Any]])?.first
        #expect((error?["location"] as? [String: Any])?["line"] as? Int == 1)
        #expect((error?["message"] as? String)?.contains("expected `]`") == true)
    }

    @Test func commandsThatNeedTheConfigRefuseABrokenOne() throws {
        let t = try initialized("cli-broken")
        defer { t.remove() }
        try t.write("log_level = 3\n", to: t.config)
        let result = try t.run("config", "show")
        #expect(result.status == 1 && result.standardOutput.isEmpty)
        #expect(result.standardError.contains("no defaults were used"))
    }

    @Test func setKeepsCommentsAndRefusesBadEdits() throws {
        let t = try initialized("cli-set")
        defer { t.remove() }
        let before = try t.read(t.config)
        #expect(try t.run("config", "set", "api_listen", "127.0.0.1:4301").status == 0)
        let after = try t.read(t.config)
        #expect(after == before.replacingOccurrences(of: "127.0.0.1:4200", with: "127.0.0.1:4301"))
        #expect(t.mode(t.config) == 0o600)

        let typo = try t.run("config", "set", "api_lisen", "x")
        #expect(typo.status == 1 && typo.standardError.contains("did you mean `api_listen`?"))
        let wrongType = try t.run("config", "set", "web.fetch.max_chars", "lots")
        #expect(wrongType.status == 1 && wrongType.standardError.contains("web.fetch.max_chars: expected an integer"))
        #expect(try t.read(t.config) == after, "a refused edit changes nothing")

        #expect(try t.run("config", "set", "budget.max_daily_usd", "2.5").status == 0)
        #expect(try t.run("config", "get", "budget.max_daily_usd").standardOutput == "2.5\n")
        #expect(try t.run("config", "unset", "budget").status == 0)
        #expect(try t.run("config", "get", "budget.max_daily_usd").standardOutput == "0\n")
        #expect(try t.read(t.config) == after)
    }

    @Test func getAndShowRedactSecrets() throws {
        let t = try initialized("cli-show")
        defer { t.remove() }
        #expect(try t.run("config", "set", "api_key", "super-secret").status == 0)
        let show = try t.run("config", "show")
        #expect(show.status == 0 && !show.standardOutput.contains("super-secret") && show.standardOutput.contains("<redacted>"))
        #expect(try t.run("config", "get", "api_key").standardOutput == "<redacted>\n")
        #expect(try t.run("config", "get", "default_model.provider").standardOutput == "groq\n")
        let unknown = try t.run("config", "get", "default_model.provder")
        #expect(unknown.status == 1 && unknown.standardError.contains("did you mean `provider`?"))
    }

    @Test func environmentOverridesShowUp() throws {
        var t = try initialized("cli-env")
        defer { t.remove() }
        t.environment["OPENFANG_LISTEN"] = "127.0.0.1:5555"
        #expect(try t.run("config", "get", "api_listen").standardOutput == "127.0.0.1:5555\n")
        #expect(try t.run("config", "show").standardOutput.contains("OPENFANG_LISTEN"))
    }
}
