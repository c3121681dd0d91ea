import ArgumentParser
import OpenFangMemory
import OpenFangTypes
import Foundation

/// `openfang sessions [AGENT] [--json]`.
struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sessions", abstract: "List sessions, newest first, of one agent or all.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Agent id (all agents when omitted).") var agent: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        let agentID = try StoreAccess.agentID(agent)
        let sessions = try await StoreAccess.withStore(options: global) { try await $0.sessions(of: agentID) }
        if json {
            try JSONOutput.print(sessions)
            return
        }
        if sessions.isEmpty { Terminal.out("no sessions") }
        let rows = sessions.map { session in
            [session.id.description, session.agentID.description, "\(session.messageCount)", session.label ?? "",
             session.updatedAt.formatted(.iso8601)]
        }
        if !rows.isEmpty {
            Terminal.out(TextTable.render(header: ["SESSION", "AGENT", "MESSAGES", "LABEL", "UPDATED"], rows: rows))
        }
    }
}
