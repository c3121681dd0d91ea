import ArgumentParser

/// `openfang agent …`: work with agent manifests.
struct AgentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent", abstract: "Work with agents and their manifests (agent.toml).",
        subcommands: [
            AgentValidateCommand.self, AgentNewCommand.self, AgentListCommand.self, AgentSpawnCommand.self, AgentKillCommand.self, AgentSetCommand.self,
            AgentStateCommand.self,
        ])
}
