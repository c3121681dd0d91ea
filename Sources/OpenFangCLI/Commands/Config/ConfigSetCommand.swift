import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang config set KEY VALUE`: change one key, keeping comments and formatting.
struct ConfigSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set one key in config.toml (comments and formatting elsewhere are kept).",
        discussion: "VALUE is read as TOML (4200, true, [\"a\"], \"text\"); anything else is taken as a string.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dotted key path.") var key: String
    @Argument(help: "New value.") var value: String

    func run() async throws {
        let environment = CLIEnvironment.load()
        let path = environment.loader.configPath(explicit: global.config)
        guard TextFileProbe.exists(path) else {
            Terminal.err("error: \(path) does not exist; run `openfang init` first")
            throw ExitCode.failure
        }
        let keyPath = key.split(separator: ".").map(String.init)
        let text = ConfigEdit.valueText(value)
        try ConfigEdit.apply(path: path, environment: environment, editedKey: keyPath) { source throws(TOMLEditError) in
            try TOMLEditor.setting(keyPath, to: text, in: source)
        }
        Terminal.out("set \(key) = \(text) in \(path)")
        await ConfigAudit.record(action: "config.set", key: key, value: text, file: path, options: global)
    }
}
