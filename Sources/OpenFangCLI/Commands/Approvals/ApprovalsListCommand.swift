import ArgumentParser
import OpenFangTypes

/// `openfang approvals list [--json]`.
struct ApprovalsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Tool calls waiting for a decision, oldest first.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        let client = try ApprovalsCommand.daemon(global)
        let pending: [JSONValue]
        do {
            pending = try await client.get("/api/approvals").arrayValue ?? []
        } catch {
            Terminal.err("error: \(error)")
            throw ExitCode.failure
        }
        if json {
            try JSONOutput.print(JSONValue.array(pending))
            return
        }
        guard !pending.isEmpty else {
            Terminal.out("no pending approvals")
            return
        }
        let rows = pending.map { item in
            ["id", "agent_id", "tool", "summary", "requested_at"].map { item[$0]?.stringValue ?? "" }
        }
        Terminal.out(TextTable.render(header: ["ID", "AGENT", "TOOL", "WHAT", "ASKED"], rows: rows))
    }
}
