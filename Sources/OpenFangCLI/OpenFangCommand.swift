import ArgumentParser
import OpenFangTypes

/// The root `openfang` command.
public struct OpenFangCommand: AsyncParsableCommand {
    /// Version printed by `--version`.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "openfang",
        abstract: "OpenFang for Swift: an operating system for autonomous LLM agents.",
        version: version,
        subcommands: [
            InitCommand.self, ConfigCommand.self, AgentCommand.self, ModelsCommand.self, DoctorCommand.self, MemoryCommand.self,
            SessionsCommand.self, RunsCommand.self, SecurityCommand.self, MessageCommand.self, ChatCommand.self, StartCommand.self, StopCommand.self,
            StatusCommand.self, HealthCommand.self, LogsCommand.self, CronCommand.self, TriggerCommand.self, ApprovalsCommand.self,
        ]
    )

    public init() {}

    /// Parses the process arguments and runs the chosen command (the executable's whole body).
    public static func run() async {
        await main()
    }
}
