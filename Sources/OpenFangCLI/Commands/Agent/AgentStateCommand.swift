import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang agent suspend|resume|kill NAME`: changes an agent's lifecycle state (persisted).
struct AgentStateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-state", abstract: "Suspend, resume or kill (terminate) an agent: `agent set-state suspend NAME`.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "suspend, resume or kill.") var action: String
    @Argument(help: "The agent's name or id.") var agent: String

    static let states: [String: AgentState] = ["suspend": .suspended, "resume": .running, "kill": .terminated]

    func run() async throws {
        guard let state = Self.states[action] else {
            Terminal.err("error: \"\(action)\" is not one of suspend, resume, kill")
            throw ExitCode.failure
        }
        let route: [AgentState: (method: String, path: String)] = [.suspended: ("POST", "stop"), .running: ("POST", "start"), .terminated: ("DELETE", "")]
        if try await ThroughDaemon.ifRunning(global, { daemon in
            guard let (method, verb) = route[state] else { return }
            _ = try await daemon.send(method: method, "/api/agents/\(agent)" + (verb.isEmpty ? "" : "/\(verb)"), [:])
            Terminal.out("\(agent) is \(state.rawValue)")
        }) { return }
        try await InProcessKernel.with(options: global) { kernel in
            try await kernel.setState(state, of: agent)
            Terminal.out("\(agent) is \(state.rawValue)")
        }
    }
}
