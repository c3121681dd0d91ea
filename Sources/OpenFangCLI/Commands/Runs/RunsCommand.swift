import ArgumentParser

/// `openfang runs …`: the run journal — what each agent turn did and where its tokens went.
struct RunsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs", abstract: "Inspect the run journal: list runs, show one run's steps and token attribution, undo a compaction.",
        subcommands: [RunsListCommand.self, RunsShowCommand.self, RunsRestoreCommand.self], defaultSubcommand: RunsListCommand.self)
}
