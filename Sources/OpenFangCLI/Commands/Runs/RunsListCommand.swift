import ArgumentParser
import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

/// `openfang runs list [AGENT] [--limit N] [--json]`.
struct RunsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Runs, newest first.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Agent id (all agents when omitted).") var agent: String?
    @Option(name: .long, help: "How many runs.") var limit = 20
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        let agentID = try StoreAccess.agentID(agent)
        let runs = try await StoreAccess.withStore(options: global) { try await $0.runs(of: agentID, limit: limit) }
        if json {
            try JSONOutput.print(runs)
            return
        }
        guard !runs.isEmpty else {
            Terminal.out("no runs")
            return
        }
        let rows = runs.map { run in
            [run.id.description, run.agentID.description, run.status.rawValue, run.startedAt.formatted(.iso8601), run.error ?? ""]
        }
        Terminal.out(TextTable.render(header: ["RUN", "AGENT", "STATUS", "STARTED", "ERROR"], rows: rows))
    }
}
