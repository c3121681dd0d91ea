import ArgumentParser

/// `openfang approvals …`: tool calls waiting for a person, in the running daemon.
struct ApprovalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approvals", abstract: "List, approve or reject tool calls waiting for a person (in the running daemon).",
        subcommands: [ApprovalsListCommand.self, ApprovalsDecideCommand.Approve.self, ApprovalsDecideCommand.Reject.self])

    /// The daemon, or an explanation and exit status 1.
    static func daemon(_ options: GlobalOptions) throws -> DaemonClient {
        guard let client = try DaemonClient.running(options: options) else {
            Terminal.err("error: no daemon is running; tool calls wait for approval only inside the daemon (`openfang start`)")
            throw ExitCode.failure
        }
        return client
    }
}
