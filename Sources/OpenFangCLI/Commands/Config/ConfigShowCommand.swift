import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang config show [--json]`: the effective configuration, secrets redacted.
struct ConfigShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print the effective configuration (defaults filled in, secrets redacted).")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON instead of TOML.") var json = false

    func run() throws {
        let environment = CLIEnvironment.load()
        let loaded = try ConfigReport.load(environment, options: global)
        let effective = try EffectiveConfig.json(loaded.config)
        if json {
            try JSONOutput.print(effective)
            return
        }
        let source = loaded.fileExists ? loaded.files.joined(separator: ", ") : "no config file; all defaults"
        Terminal.out("# Effective configuration from: \(source)")
        for override in loaded.environmentOverrides {
            Terminal.out("# \(override.key) comes from the environment variable \(override.variable)")
        }
        if let table = TOMLValue(effective)?.table { Terminal.out(TOMLWriter.document(table)) }
    }
}
