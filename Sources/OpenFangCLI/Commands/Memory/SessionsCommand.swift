import ArgumentParser
import FoundationEssentials
import OpenFangAPI
import OpenFangMemory
import OpenFangTypes

/// `openfang sessions [AGENT] [--json]`: through the daemon's API when one runs, else from the
/// store; both print the same rows and the same JSON (`GET /api/sessions`'s shape).
struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sessions", abstract: "List sessions, newest first, of one agent or all.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Agent name or id (all agents when omitted).") var agent: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        var sessions: [SessionInfo] = []
        let throughDaemon = try await ThroughDaemon.ifRunning(global) { daemon in
            let query = agent.map { "?agent=" + PercentEncoding.encode($0) } ?? ""
            let answer = try await daemon.get("/api/sessions" + query)
            sessions = try JSONDecoder().decode([SessionInfo].self, from: JSONEncoder().encode(answer))
        }
        if !throughDaemon { sessions = try await fromStore() }
        if json {
            try JSONOutput.print(sessions)
            return
        }
        guard !sessions.isEmpty else {
            Terminal.out("no sessions")
            return
        }
        let rows = sessions.map { session in
            [session.sessionID, session.agentName ?? session.agentID, "\(session.messageCount)", session.label ?? "", session.updatedAt]
        }
        Terminal.out(TextTable.render(header: ["SESSION", "AGENT", "MESSAGES", "LABEL", "UPDATED"], rows: rows))
    }

    /// The sessions as the store holds them, with their agents' names.
    private func fromStore() async throws -> [SessionInfo] {
        try await StoreAccess.withStore(options: global) { store in
            let agents = try await store.agentRecords()
            let names = Dictionary(agents.map { ($0.id, $0.name) }) { first, _ in first }
            var agentID: AgentID?
            if let agent {
                guard let id = AgentID(agent) ?? agents.first(where: { $0.name == agent })?.id else {
                    Terminal.err("error: no agent \"\(agent)\" (give a name or an id; `openfang agent list` shows them)")
                    throw ExitCode.failure
                }
                agentID = id
            }
            return try await store.sessions(of: agentID).map { SessionInfo($0, agentName: names[$0.agentID]) }
        }
    }
}
