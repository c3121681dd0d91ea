import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang config test-key PROVIDER [--model M]`: one real minimal completion, plain and streamed.
struct ConfigTestKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-key",
        abstract: "Send one tiny completion (plain, then streamed) with the configured key and base URL, and explain the result.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Provider id or alias (`default` for [default_model]).") var provider: String
    @Option(name: .long, help: "Model to ask (default: the configured or first catalog model).") var model: String?

    func run() async throws {
        let environment = CLIEnvironment.load()
        let loaded = try ConfigReport.load(environment, options: global, quietWarnings: true)
        let outcome = await LiveProbe(config: loaded.config, environment: environment.variables).run(provider: provider, model: model)
        for line in outcome.lines { outcome.ok ? Terminal.out(line) : Terminal.err(line) }
        if !outcome.ok { throw ExitCode.failure }
    }
}
