import ArgumentParser
import OpenFangKernel

/// `openfang chat [AGENT]`: an interactive conversation with an agent run in this process.
struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat", abstract: "Chat with an agent, replies streamed (through the daemon if it runs, else in this process).",
        discussion: """
            Each line is a message; lines starting with / are commands (/help lists them). The chat \
            ends with /exit, /quit or the end of input (Ctrl-D). A model chosen with /model lasts until \
            the chat ends; the agent's manifest is not changed.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The agent's name or id (a manifest in agents/ or a bundled template is registered on first use).")
    var agent = "assistant"

    func run() async throws {
        if let daemon = try DaemonClient.running(options: global) {
            let id = try await DaemonMessage(client: daemon, options: global).register(agent)
            var session = ChatSession(backend: DaemonChatBackend(client: daemon, agent: id), interactive: Terminal.isInteractive)
            await session.run(input: ChatInput())
            return
        }
        try await InProcessKernel.with(options: global) { kernel in
            let id = try await InProcessKernel.agent(agent, in: kernel)
            var session = ChatSession(backend: KernelChatBackend(kernel: kernel, agent: id), interactive: Terminal.isInteractive)
            await session.run(input: ChatInput())
        }
    }
}
