import ArgumentParser

/// `openfang models …`: the model catalog.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models", abstract: "Browse the built-in model catalog.",
        subcommands: [ModelsListCommand.self, ModelsAliasesCommand.self, ModelsProvidersCommand.self],
        defaultSubcommand: ModelsListCommand.self)
}
