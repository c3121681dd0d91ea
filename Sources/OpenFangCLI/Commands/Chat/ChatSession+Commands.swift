import FoundationEssentials
import OpenFangKernel
import OpenFangMemory
import OpenFangTypes

extension ChatSession {
    /// Every slash command by name; the chat looks a line's command up here.
    static let commands: [String: ChatSlashCommand] = [
        "help": ChatSlashCommand(usage: "/help", summary: "list these commands") { chat, _ in chat.help() },
        "new": ChatSlashCommand(usage: "/new", summary: "start a fresh session (the earlier one is kept; see `openfang sessions`)") { chat, _ in
            try await chat.newSession()
        },
        "model": ChatSlashCommand(
            usage: "/model [provider/model]", summary: "show the model, or switch to another (in process: until the chat ends; through the daemon: saved)"
        ) { chat, argument in try await chat.model(argument) },
        "usage": ChatSlashCommand(usage: "/usage", summary: "tokens and cost of this agent today (UTC) and of this chat") { chat, _ in
            try await chat.usage()
        },
        "exit": ChatSlashCommand(usage: "/exit", summary: "leave the chat (so does the end of input)") { _, _ in .leave },
        "quit": ChatSlashCommand(usage: "/quit", summary: "leave the chat") { _, _ in .leave },
    ]

    /// `/help`.
    func help() -> Flow {
        let entries = Self.commands.values.sorted { $0.usage < $1.usage }
        let width = entries.map(\.usage.count).max() ?? 0
        for entry in entries {
            Terminal.out(TextTable.padded(entry.usage, to: width + 2) + entry.summary)
        }
        return .proceed
    }

    /// `/new`.
    func newSession() async throws -> Flow {
        try await backend.newSession()
        Terminal.out("new session: the agent no longer sees the earlier messages")
        return .proceed
    }

    /// `/model [spec]`.
    func model(_ spec: String) async throws -> Flow {
        if spec.isEmpty {
            Terminal.out("model: \(try await backend.currentModel())")
        } else {
            let now = try await backend.switchModel(spec)
            Terminal.out("model: \(now) \(backend.switchLasts)")
        }
        return .proceed
    }

    /// `/usage`.
    func usage() async throws -> Flow {
        let stored = try await backend.usageToday()
        Terminal.out(ChatTally.line("today (UTC)", stored))
        Terminal.out(tally.line("this chat"))
        return .proceed
    }
}
