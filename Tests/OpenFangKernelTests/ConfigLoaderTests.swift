import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangKernel

@Suite struct ConfigLoaderTests {
    func withHome(_ body: (TemporaryDirectory, ConfigLoader) throws -> Void) throws {
        let home = try TemporaryDirectory("config-loader")
        defer { home.remove() }
        try body(home, ConfigLoader(environment: ["OPENFANG_HOME": home.path]))
    }

    func errors(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as ConfigError {
            return error.errors.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func missingDefaultFileMeansDefaults() throws {
        try withHome { _, loader in
            let loaded = try loader.load()
            #expect(!loaded.fileExists && loaded.config == .defaults)
        }
    }

    @Test func missingExplicitFileIsAnError() throws {
        try withHome { home, loader in
            let found = errors { _ = try loader.load(explicitPath: home.file("nope.toml")) }
            #expect(found == ["\(home.file("nope.toml")):1:1: error: config file not found (given with --config)"])
        }
    }

    @Test func pathPrecedence() throws {
        let loader = ConfigLoader(environment: ["HOME": "/home/u"])
        #expect(loader.configPath(explicit: nil) == "/home/u/.openfang/config.toml")
        #expect(ConfigLoader(environment: ["HOME": "/home/u", "OPENFANG_HOME": "/x"]).configPath(explicit: nil) == "/x/config.toml")
        #expect(loader.configPath(explicit: "/etc/of.toml") == "/etc/of.toml")
    }

    @Test func includesAreDeepMergedAndTheIncludingFileWins() throws {
        try withHome { home, loader in
            try home.write("include = [\"base.toml\", \"conf.d/web.toml\"]\nlog_level = \"debug\"\n[web.fetch]\nmax_chars = 7\n", to: "config.toml")
            try home.write("log_level = \"warn\"\nlanguage = \"fr\"\n[web.fetch]\ntimeout_secs = 9\nmax_chars = 1\n", to: "base.toml")
            try home.write("[web]\nsearch_provider = \"brave\"\n", to: "conf.d/web.toml")
            let loaded = try loader.load()
            #expect(loaded.config.logLevel == "debug" && loaded.config.language == "fr")
            #expect(loaded.config.web.fetch.maxChars == 7 && loaded.config.web.fetch.timeoutSecs == 9)
            #expect(loaded.config.web.searchProvider == .brave)
            #expect(loaded.files.count == 3)
        }
    }

    @Test func errorsInIncludedFilesNameThatFile() throws {
        try withHome { home, loader in
            try home.write("include = [\"extra.toml\"]\n", to: "config.toml")
            try home.write("\n[budget]\nmax_daily_usd = \"ten\"\n", to: "extra.toml")
            let found = errors { _ = try loader.load() }
            #expect(found == ["\(home.file("extra.toml")):3:17: error: budget.max_daily_usd: expected a number, found a string (\"ten\")"])
        }
    }

    @Test func includeCyclesAreDetected() throws {
        try withHome { home, loader in
            try home.write("include = [\"a.toml\"]\n", to: "config.toml")
            try home.write("include = [\"b.toml\"]\n", to: "a.toml")
            try home.write("include = [\"a.toml\"]\n", to: "b.toml")
            let found = errors { _ = try loader.load() }
            #expect(found.count == 1)
            #expect(found.first?.contains("include cycle: config.toml → a.toml → b.toml → a.toml") == true)
            #expect(found.first?.hasPrefix("\(home.file("b.toml")):1:12") == true)
        }
    }

    @Test func aSymbolicLinkOutOfTheFolderIsRejected() throws {
        let outside = try TemporaryDirectory("config-outside")
        defer { outside.remove() }
        try outside.write("secret_key_outside = 1\n", to: "secret.toml")
        try withHome { home, loader in
            try FileManager.default.createSymbolicLink(atPath: home.file("link.toml"), withDestinationPath: outside.file("secret.toml"))
            try home.write("include = [\"link.toml\"]\n", to: "config.toml")
            let found = errors { _ = try loader.load() }
            #expect(found.count == 1 && found.first?.contains("include `link.toml` leads out of the config folder through a symbolic link") == true, "\(found)")
        }
    }

    @Test func absoluteAndParentPathsAreRejected() throws {
        try withHome { home, loader in
            try home.write("include = [\"/etc/passwd\", \"../outside.toml\", \"sub/../../x.toml\"]\n", to: "config.toml")
            let found = errors { _ = try loader.load() }
            #expect(found.count == 3)
            #expect(found[0].contains("must be a path relative to config.toml's folder, not absolute"))
            #expect(found[1].contains("may not leave the config folder (`..` is not allowed)"))
        }
    }

    @Test func depthIsLimitedToTen() throws {
        try withHome { home, loader in
            try home.write("include = [\"l1.toml\"]\n", to: "config.toml")
            for level in 1...12 { try home.write("include = [\"l\(level + 1).toml\"]\n", to: "l\(level).toml") }
            try home.write("", to: "l13.toml")
            let found = errors { _ = try loader.load() }
            #expect(found.contains { $0.contains("includes nested deeper than 10 levels") })
        }
    }

    @Test func environmentOverridesFollowOpenFangsPrecedence() throws {
        try withHome { home, _ in
            try home.write("api_listen = \"127.0.0.1:1111\"\napi_key = \"from-file\"\n", to: "config.toml")
            let env = ["OPENFANG_HOME": home.path, "OPENFANG_LISTEN": "127.0.0.1:2222", "OPENFANG_API_KEY": "from-env"]
            let loaded = try ConfigLoader(environment: env).load()
            #expect(loaded.config.apiListen == "127.0.0.1:2222", "OPENFANG_LISTEN always wins")
            #expect(loaded.config.apiKey == "from-file", "OPENFANG_API_KEY only fills an empty api_key")
            try home.write("api_listen = \"127.0.0.1:1111\"\n", to: "config.toml")
            let second = try ConfigLoader(environment: env).load()
            #expect(second.config.apiKey == "from-env")
            #expect(second.environmentOverrides.map(\.variable) == ["OPENFANG_LISTEN", "OPENFANG_API_KEY"])
        }
    }

    @Test func legacyAPITableIsHoistedWithAWarning() throws {
        try withHome { home, loader in
            try home.write("[api]\napi_listen = \"127.0.0.1:3333\"\n", to: "config.toml")
            let loaded = try loader.load()
            #expect(loaded.config.apiListen == "127.0.0.1:3333")
            #expect(loaded.warnings.first?.message.contains("legacy form") == true)
        }
    }

    @Test func invalidListenAddressAndLogLevelAreErrors() throws {
        try withHome { home, loader in
            try home.write("api_listen = \"localhost\"\nlog_level = \"verbose\"\n", to: "config.toml")
            let found = errors { _ = try loader.load() }
            #expect(found.count == 2)
            #expect(found[0].contains("1:14: error: api_listen: invalid listen address \"localhost\""))
            #expect(found[1].contains("2:13: error: log_level: invalid log level \"verbose\""))
        }
    }

    @Test func neverFallsBackToDefaultsOnAnError() throws {
        try withHome { home, loader in
            try home.write("api_listen = \"127.0.0.1:9999\"\n[memory]\ndecay_rate = \"fast\"\n", to: "config.toml")
            #expect(throws: ConfigError.self) { try loader.load() }
        }
    }

    @Test func unreadableAndNonUTF8FilesSayWhy() throws {
        try withHome { home, loader in
            try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: home.file("config.toml")))
            #expect(errors { _ = try loader.load() }.first?.contains("not valid UTF-8") == true)
        }
    }
}
