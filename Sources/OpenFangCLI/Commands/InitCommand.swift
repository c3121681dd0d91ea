import FoundationEssentials
import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang init [--quick]`: create the home, a config and the agent templates.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create ~/.openfang (or $OPENFANG_HOME): data/, agents/, workspaces/, config.toml and the agent templates.",
        discussion: """
            Nothing that exists is overwritten. The provider for [default_model] is the first key found \
            in the environment (GROQ_API_KEY, GEMINI_API_KEY, DEEPSEEK_API_KEY, ANTHROPIC_API_KEY, OPENAI_API_KEY, \
            OPENROUTER_API_KEY, MINIMAX_API_KEY, GOOGLE_API_KEY), else Ollama if it answers on 127.0.0.1:11434 \
            (or $OLLAMA_HOST), else Groq. Without --quick, an interactive terminal is asked to confirm.
            """)

    @Flag(name: .long, help: "Do not ask anything; pick the provider automatically.")
    var quick = false

    func run() throws {
        let environment = CLIEnvironment.load()
        let home = environment.home
        var choice = ProviderDetection(environment: environment.variables).choose()
        let configExists = TextFileProbe.exists(home.configFile)
        if !configExists, !quick, Terminal.isInteractive {
            choice = ask(confirming: choice)
        }
        let report: HomeInitializer.Report
        do {
            report = try HomeInitializer(home: home).run(
                defaultModel: .init(provider: choice.provider, model: choice.model, apiKeyEnv: choice.apiKeyEnv))
        } catch {
            Terminal.err("error: cannot initialise \(home.root): \(ErrorText.describe(error))")
            throw ExitCode.failure
        }
        print(report, home: home, choice: choice)
    }

    private func ask(confirming choice: ProviderDetection.Choice) -> ProviderDetection.Choice {
        Terminal.out("Default provider: \(choice.provider) / \(choice.model) (\(choice.reason)).")
        Terminal.out("Press Enter to accept, or type another provider (groq, gemini, deepseek, anthropic, openai, openrouter, minimax, ollama):")
        guard let answer = readLine()?.trimmingCharacters(in: " \t").lowercased(), !answer.isEmpty else { return choice }
        if answer == "ollama" {
            return .init(provider: "ollama", model: "llama3.2", apiKeyEnv: "OLLAMA_API_KEY", reason: "chosen")
        }
        if let entry = ProviderDetection.keyOrder.first(where: { $0.provider == answer }) {
            return .init(provider: entry.provider, model: entry.model, apiKeyEnv: entry.variable, reason: "chosen")
        }
        Terminal.err("unknown choice \"\(answer)\"; keeping \(choice.provider)")
        return choice
    }

    private func print(_ report: HomeInitializer.Report, home: OpenFangHome, choice: ProviderDetection.Choice) {
        Terminal.out("OpenFang home: \(home.root)")
        for directory in report.createdDirectories { Terminal.out("  created \(directory)/") }
        if report.wroteConfig {
            Terminal.out("  wrote \(home.configFile) (mode 0600): default model \(choice.provider)/\(choice.model) — \(choice.reason)")
        } else {
            Terminal.out("  kept existing \(home.configFile)")
        }
        Terminal.out(
            "  agent templates: \(report.installedTemplates.count) installed, \(report.keptTemplates.count) already present")
        Terminal.out("Next: `openfang doctor` checks the setup.")
    }
}
