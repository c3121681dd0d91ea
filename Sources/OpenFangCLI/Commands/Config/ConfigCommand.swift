import ArgumentParser

/// `openfang config …`: inspect, edit and validate `config.toml`.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show, read, change and validate config.toml.",
        subcommands: [
            ConfigShowCommand.self, ConfigGetCommand.self, ConfigSetCommand.self, ConfigUnsetCommand.self,
            ConfigValidateCommand.self, ConfigTestKeyCommand.self,
        ])
}
