import ArgumentParser

/// `openfang cron …`: schedules.
struct CronCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cron", abstract: "Work with schedules.", subcommands: [CronNextCommand.self])
}
