import FoundationEssentials
import OpenFangRuntime
import OpenFangTypes

/// One `openfang chat` conversation: reads lines, sends each to the agent with its reply
/// streamed, and runs slash commands from ``commands``. Errors are reported and the chat goes on.
struct ChatSession: Sendable {
    /// Whether the chat goes on after a line.
    enum Flow: Sendable, Equatable {
        /// Read the next line.
        case proceed
        /// End the chat.
        case leave
    }

    /// Where the agent runs: this process or the daemon.
    let backend: any ChatBackend
    /// Whether a person is typing (then a prompt is shown).
    let interactive: Bool
    /// What this chat has used.
    var tally = ChatTally()

    /// Chats until `/exit`, `/quit` or the end of input.
    mutating func run(input: ChatInput) async {
        let (name, model) = await backend.describe()
        Terminal.err("chatting with \(name) (\(model)); /help for commands")
        while true {
            if interactive { Terminal.write("you> ") }
            guard let line = await input.nextLine() else {
                if interactive { Terminal.write("\n") }
                return
            }
            let text = line.trimmingCharacters(in: " \t")
            if text.isEmpty { continue }
            if text.hasPrefix("/") {
                if await command(text) == .leave { return }
            } else {
                await say(text)
            }
        }
    }

    /// Runs `/name argument` from the table.
    mutating func command(_ text: String) async -> Flow {
        let body = text.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let argument = body.dropFirst(name.count).trimmingCharacters(in: " \t")
        guard let command = Self.commands[name] else {
            Terminal.err("unknown command /\(name); /help lists them")
            return .proceed
        }
        do {
            return try await command.perform(&self, argument)
        } catch {
            Terminal.err("error: \(error)")
            return .proceed
        }
    }

    /// Sends one message and streams the reply.
    mutating func say(_ text: String) async {
        let printer = ReplyPrinter(colors: Terminal.colorsErr)
        do {
            let reply = try await backend.send(text, events: printer.sink)
            printer.finish(response: reply.response, silent: reply.silent)
            tally.add(reply.usage, costUSD: reply.costUSD)
        } catch {
            printer.endLine()
            Terminal.err("error: \(error)")
        }
    }
}
