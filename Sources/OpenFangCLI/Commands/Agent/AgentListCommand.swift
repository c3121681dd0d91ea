import ArgumentParser
import FoundationEssentials
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `openfang agent list [--json]`: registered agents with id, state and model.
struct AgentListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List registered agents.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        let agents: [AgentSummary]
        var budgets: [String: String] = [:]
        if let daemon = try DaemonClient.running(options: global) {
            agents = try JSONDecoder().decode([AgentSummary].self, from: JSONEncoder().encode(try await daemon.get("/api/agents")))
        } else {
            (agents, budgets) = try await InProcessKernel.with(options: global) { kernel in
                let agents = await kernel.summaries()
                var budgets: [String: String] = [:]
                for agent in agents { budgets[agent.name] = await kernel.budgetStatus(of: agent.id.description) }
                return (agents, budgets)
            }
        }
        if json {
            try JSONOutput.print(agents)
            return
        }
        guard !agents.isEmpty else {
            Terminal.out("no agents (register one with `openfang agent spawn NAME|PATH`, or just `openfang message NAME …`)")
            return
        }
        Terminal.out(TextTable.render(header: ["NAME", "ID", "STATE", "MODEL"], rows: agents.map { [$0.name, $0.id.description, $0.state, $0.model] }))
        for (name, status) in budgets.sorted(by: { $0.key < $1.key }) { Terminal.out("budget of \(name): \(status)") }
    }
}
