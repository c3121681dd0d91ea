import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang config unset KEY`: remove one key (or table), keeping everything else as written.
struct ConfigUnsetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unset", abstract: "Remove one key or table from config.toml so its default applies again.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dotted key path.") var key: String

    func run() async throws {
        let environment = CLIEnvironment.load()
        let path = environment.loader.configPath(explicit: global.config)
        guard TextFileProbe.exists(path) else {
            Terminal.err("error: \(path) does not exist")
            throw ExitCode.failure
        }
        let keyPath = key.split(separator: ".").map(String.init)
        try ConfigEdit.apply(path: path, environment: environment, editedKey: []) { source throws(TOMLEditError) in
            try TOMLEditor.removing(keyPath, in: source)
        }
        Terminal.out("removed \(key) from \(path)")
        await ConfigAudit.record(action: "config.unset", key: key, value: nil, file: path, options: global)
    }
}
