import ArgumentParser
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `openfang agent spawn NAME|PATH`: registers an agent from a manifest file, `agents/NAME`, or a bundled template.
struct AgentSpawnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spawn", abstract: "Register an agent from an agent.toml path, agents/NAME in the home, or a bundled template.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A path to agent.toml (or its folder), or a name.") var agent: String

    func run() async throws {
        if try await ThroughDaemon.ifRunning(global, { daemon in
            if agent.contains("/") || agent.hasSuffix(".toml") {
                let spawned = try await daemon.post("/api/agents", ["manifest_toml": .string(try ManifestFile.read(agent))], timeoutSeconds: 30)
                Terminal.out("registered agent \(spawned["name"]?.stringValue ?? agent) (\(spawned["agent_id"]?.stringValue ?? "?")) from \(agent)")
            } else {
                let id = try await DaemonMessage(client: daemon, options: global).register(agent)
                Terminal.out("agent \(agent) is registered (\(id))")
            }
        }) { return }
        try await InProcessKernel.with(options: global) { kernel in
            if agent.contains("/") || agent.hasSuffix(".toml") {
                let source = try ManifestFile.read(agent)
                let spawned = try await kernel.spawn(source: source, file: agent)
                Terminal.out("registered agent \(spawned.name) (\(spawned.id)) from \(agent)")
            } else if let known = await kernel.summary(of: agent) {
                Terminal.out("agent \(known.name) is already registered (\(known.id), \(known.state))")
            } else {
                let id = try await InProcessKernel.agent(agent, in: kernel)
                Terminal.out("registered agent \(agent) (\(id))")
            }
        }
    }
}
