import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang agent kill NAME`: terminates an agent (its cron jobs and triggers are removed).
struct AgentKillCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kill", abstract: "Terminate an agent; its cron jobs and triggers are removed.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The agent's name or id.") var agent: String

    func run() async throws {
        if try await ThroughDaemon.ifRunning(global, { daemon in
            _ = try await daemon.send(method: "DELETE", "/api/agents/\(agent)", [:])
            Terminal.out("\(agent) is terminated")
        }) { return }
        try await InProcessKernel.with(options: global) { kernel in
            try await kernel.setState(.terminated, of: agent)
            Terminal.out("\(agent) is terminated")
        }
    }
}
