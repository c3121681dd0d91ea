import ArgumentParser

/// `openfang agent …`: work with agent manifests.
struct AgentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent", abstract: "Work with agent manifests (agent.toml).", subcommands: [AgentValidateCommand.self])
}
