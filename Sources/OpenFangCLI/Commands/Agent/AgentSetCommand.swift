import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang agent set NAME model VALUE`: changes an agent's model in its stored manifest.
struct AgentSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change a field of a registered agent: `agent set NAME model provider/model` (model is the one field, as in OpenFang).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The agent's name or id.") var agent: String
    @Argument(help: "The field (model).") var field: String
    @Argument(help: "The new value: provider/model, a catalog model or alias, or default.") var value: String

    func run() async throws {
        guard field == "model" else {
            Terminal.err("error: \"\(field)\" cannot be set; the one settable field is model (edit agents/\(agent)/agent.toml for the rest)")
            throw ExitCode.failure
        }
        if try await ThroughDaemon.ifRunning(global, { daemon in
            let answer = try await daemon.send(method: "PUT", "/api/agents/\(agent)/model", ["model": .string(value)])
            Terminal.out("\(agent) now uses \(answer["model"]?.stringValue ?? value)")
        }) { return }
        try await InProcessKernel.with(options: global) { kernel in
            let now = try await kernel.setModel(value, for: agent, persist: true)
            Terminal.out("\(agent) now uses \(now)")
        }
    }
}
