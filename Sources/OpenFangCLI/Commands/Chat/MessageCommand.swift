import ArgumentParser
import FoundationEssentials
import OpenFangAPI
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `openfang message AGENT TEXT [--json]`: one message to an agent, its reply printed; through
/// the daemon when one runs, else in this process.
struct MessageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "message", abstract: "Send one message to an agent and print its reply (through the daemon if it runs, else in this process).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The agent's name or id (a manifest in agents/ or a bundled template is registered on first use).") var agent: String
    @Argument(help: "The message.") var text: String
    @Flag(name: .long, help: "Print JSON: response, agent_id, run_id, usage.") var json = false

    func run() async throws {
        let reply: AgentMessageReply
        if let daemon = try DaemonClient.running(options: global) {
            reply = try await DaemonMessage(client: daemon, options: global).send(text, to: agent)
        } else {
            reply = try await InProcessKernel.with(options: global) { kernel in
                let id = try await InProcessKernel.agent(agent, in: kernel)
                let result = try await kernel.send(text, to: id, sender: "cli")
                return AgentMessageReply(result, agentID: id)
            }
        }
        if json {
            try JSONOutput.print(reply)
        } else {
            Terminal.out(reply.silent ? "(the agent chose not to reply)" : reply.response)
        }
    }
}
