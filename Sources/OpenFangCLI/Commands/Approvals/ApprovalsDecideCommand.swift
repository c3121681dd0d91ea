import ArgumentParser
import OpenFangTypes

/// `openfang approvals approve|reject ID`.
enum ApprovalsDecideCommand {
    /// Sends the decision to the daemon.
    static func decide(_ id: String, verb: String, options: GlobalOptions) async throws {
        let client = try ApprovalsCommand.daemon(options)
        do {
            let answer = try await client.post("/api/approvals/\(id)/\(verb)", [:], timeoutSeconds: 30)
            Terminal.out("\(id) \(answer["status"]?.stringValue ?? verb)")
        } catch {
            Terminal.err("error: \(error)")
            throw ExitCode.failure
        }
    }

    /// `approvals approve ID`.
    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve", abstract: "Let a waiting tool call run.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The approval's id (from `approvals list`).") var id: String

        func run() async throws { try await ApprovalsDecideCommand.decide(id, verb: "approve", options: global) }
    }

    /// `approvals reject ID`.
    struct Reject: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reject", abstract: "Refuse a waiting tool call (the model is told).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The approval's id (from `approvals list`).") var id: String

        func run() async throws { try await ApprovalsDecideCommand.decide(id, verb: "reject", options: global) }
    }
}
