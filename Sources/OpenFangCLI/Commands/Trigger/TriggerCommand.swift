import ArgumentParser

/// `openfang trigger …`: event patterns that send prompts to agents.
struct TriggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trigger", abstract: "Work with triggers: when an event matches a pattern, an agent gets a prompt (the daemon runs them).",
        subcommands: [TriggerListCommand.self, TriggerCreateCommand.self, TriggerDeleteCommand.self])
}
