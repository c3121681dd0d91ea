import Foundation
import OpenFangTesting
import Testing

@Suite(.serialized) struct InitCommandTests {
    @Test func quickInitCreatesThePrivateHome() throws {
        let t = try CLITestHome("cli-init")
        defer { t.remove() }
        let result = try t.run("init", "--quick")
        #expect(result.status == 0, "\(result.standardError)")
        for folder in ["", "/data", "/agents", "/workspaces"] { #expect(t.mode(t.home + folder) == 0o700, "\(folder)") }
        #expect(t.mode(t.config) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: t.home + "/agents").count == 30)
        #expect(try t.read(t.config).contains("provider = \"groq\""), "no key and no Ollama: Groq")
        #expect(result.standardOutput.contains("30 installed"))
    }

    @Test func quickInitPicksTheFirstKeyInOpenFangsOrder() throws {
        let t = try CLITestHome("cli-init-key", environment: ["OPENAI_API_KEY": "x", "DEEPSEEK_API_KEY": "y"])
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        let config = try t.read(t.config)
        #expect(config.contains("provider = \"deepseek\"") && config.contains("api_key_env = \"DEEPSEEK_API_KEY\""))
    }

    @Test func quickInitPicksOllamaWhenItAnswers() throws {
        let listener = try LoopbackListener()
        let t = try CLITestHome("cli-init-ollama", environment: ["OLLAMA_HOST": "127.0.0.1:\(listener.port)"])
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.read(t.config).contains("provider = \"ollama\""))
    }

    @Test func initNeverOverwrites() throws {
        let t = try CLITestHome("cli-init-twice")
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        try t.write("# mine\n", to: t.config)
        let second = try t.run("init", "--quick")
        #expect(second.status == 0)
        #expect(try t.read(t.config) == "# mine\n")
        #expect(second.standardOutput.contains("0 installed, 30 already present"))
    }

    @Test func dotEnvFilesFeedDetectionWithoutOverridingTheProcess() throws {
        let t = try CLITestHome("cli-dotenv", environment: ["GEMINI_API_KEY": "from-process"])
        defer { t.remove() }
        try FileManager.default.createDirectory(atPath: t.home, withIntermediateDirectories: true)
        try t.write("GROQ_API_KEY=from-dotenv\n", to: t.home + "/.env")
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.read(t.config).contains("provider = \"groq\""), ".env is loaded before detection")
        let doctor = try t.run("doctor", "--json")
        #expect(doctor.standardOutput.contains("keys set for: gemini, groq"))
    }
}
