import ArgumentParser
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `openfang agent new [TEMPLATE]`: registers an agent from a bundled template; without one,
/// lists the templates.
struct AgentNewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Register an agent from a bundled template (without one, list the templates).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The template's name.") var template: String?

    func run() async throws {
        guard let template else {
            Terminal.out("templates (`openfang agent new NAME`):")
            let rows = BundledAgentTemplates.all.map { [$0.name, AgentManifest.parse($0.source, file: $0.name).value?.description ?? ""] }
            Terminal.out(TextTable.render(header: ["NAME", "DESCRIPTION"], rows: rows))
            return
        }
        guard let found = BundledAgentTemplates.template(named: template) else {
            Terminal.err("error: no template named \"\(template)\" (`openfang agent new` lists them)")
            throw ExitCode.failure
        }
        if try await ThroughDaemon.ifRunning(global, { daemon in
            let spawned = try await daemon.post("/api/agents", ["template": .string(template)], timeoutSeconds: 30)
            Terminal.out("registered agent \(spawned["name"]?.stringValue ?? template) (\(spawned["agent_id"]?.stringValue ?? "?")) from the \(template) template")
        }) { return }
        try await InProcessKernel.with(options: global) { kernel in
            let spawned = try await kernel.spawn(source: found.source, file: "bundled template \(template)")
            Terminal.out("registered agent \(spawned.name) (\(spawned.id)) from the \(template) template")
        }
    }
}
