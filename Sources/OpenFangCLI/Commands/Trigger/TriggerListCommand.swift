import ArgumentParser
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// `openfang trigger list [--agent NAME] [--json]`.
struct TriggerListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List triggers with their fire counts.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "Only this agent's triggers.") var agent: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        let (triggers, names) = try await InProcessKernel.with(options: global, alongsideDaemon: true) { kernel in
            let names = Dictionary(uniqueKeysWithValues: await kernel.summaries().map { ($0.id, $0.name) })
            var triggers = try await kernel.triggers()
            if let agent {
                guard let id = await kernel.summary(of: agent)?.id else { throw KernelError.unknownAgent(agent, known: names.values.sorted()) }
                triggers = triggers.filter { $0.agentID == id }
            }
            return (triggers, names)
        }
        if json {
            try JSONOutput.print(triggers)
            return
        }
        guard !triggers.isEmpty else {
            Terminal.out("no triggers (create one with `openfang trigger create AGENT '\"all\"' --prompt \"Event: {{event}}\"`)")
            return
        }
        let rows = triggers.map { trigger in
            [
                String(trigger.id.description.prefix(8)), names[trigger.agentID] ?? trigger.agentID.description, trigger.pattern,
                "\(trigger.fireCount)/\(trigger.maxFires == 0 ? "∞" : String(trigger.maxFires))", trigger.enabled ? "yes" : "no",
            ]
        }
        Terminal.out(TextTable.render(header: ["ID", "AGENT", "PATTERN", "FIRES", "ENABLED"], rows: rows))
    }
}
