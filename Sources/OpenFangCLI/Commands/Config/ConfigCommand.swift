import ArgumentParser

/// `openfang config …`: inspect, edit and validate `config.toml`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show, read, change and validate config.toml.",
        subcommands: [
            ConfigShowCommand.self, ConfigGetCommand.self, ConfigSetCommand.self, ConfigUnsetCommand.self,
            ConfigValidateCommand.self,
        ])
}
