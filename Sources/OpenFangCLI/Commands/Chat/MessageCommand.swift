import ArgumentParser
import Foundation
import OpenFangKernel
import OpenFangRuntime
import OpenFangTypes

/// `openfang message AGENT TEXT [--json]`: one message to an agent, its reply printed.
struct MessageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "message", abstract: "Send one message to an agent and print its reply (runs the agent in this process).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The agent's name or id (a manifest in agents/ or a bundled template is registered on first use).") var agent: String
    @Argument(help: "The message.") var text: String
    @Flag(name: .long, help: "Print JSON: response, agent_id, run_id, usage.") var json = false

    /// What `--json` prints.
    struct Reply: Encodable {
        var response: String
        var silent: Bool
        var agentID: String
        var runID: String
        var inputTokens: Int
        var outputTokens: Int
        var iterations: Int

        enum CodingKeys: String, CodingKey {
            case response, silent, iterations
            case agentID = "agent_id"
            case runID = "run_id"
            case inputTokens = "input_tokens"
            case outputTokens = "output_tokens"
        }
    }

    func run() async throws {
        try await InProcessKernel.with(options: global) { kernel in
            let id = try await InProcessKernel.agent(agent, in: kernel)
            let result = try await kernel.send(text, to: id, sender: "cli")
            if json {
                try JSONOutput.print(Reply(
                    response: result.response, silent: result.silent, agentID: id, runID: result.runID.description,
                    inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens, iterations: result.iterations))
            } else {
                Terminal.out(result.silent ? "(the agent chose not to reply)" : result.response)
            }
        }
    }
}
