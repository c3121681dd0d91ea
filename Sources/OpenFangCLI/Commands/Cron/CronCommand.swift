import ArgumentParser

/// `openfang cron …`: schedules.
struct CronCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cron", abstract: "Work with cron jobs: prompts sent to agents on a schedule (the daemon runs them).",
        subcommands: [
            CronListCommand.self, CronCreateCommand.self, CronDeleteCommand.self, CronEnableCommand.self, CronDisableCommand.self, CronNextCommand.self,
        ])
}
