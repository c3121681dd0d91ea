import FoundationEssentials
import OpenFangTypes

/// `shell_exec`: runs a command line in the agent's workspace after every command in it passed
/// the exec policy and the agent's `shell` capabilities; cleared environment, timeouts, output
/// cap, and the whole process group killed when time runs out.
public struct ShellExecTool: Tool {
    /// The command.
    public struct Input: Decodable, Sendable {
        /// The command line (`sh -c` syntax).
        public var command: String
        /// Time limit in seconds (default: the policy's; at most 600).
        public var timeoutSeconds: Int?

        enum CodingKeys: String, CodingKey {
            case command
            case timeoutSeconds = "timeout_seconds"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "shell_exec", description: "Run a shell command in your workspace and return its output and exit code.",
        inputSchema: .object(["command": .string("The command line"), "timeout_seconds": .integer("Time limit in seconds (optional)")], required: ["command"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        guard let workspace = context.workspace else { return .failure("this agent has no workspace, so shell_exec is unavailable") }
        try context.require(context.permissions.checkShell(input.command))
        let policy = context.permissions.execPolicy
        let seconds = min(max(input.timeoutSeconds ?? policy.timeoutSecs, 1), 600)
        let runner = ProcessRunner(timeout: .seconds(seconds), noOutputTimeout: .seconds(max(policy.noOutputTimeoutSecs, 1)), maxOutputBytes: policy.maxOutputBytes)
        let result: ProcessRunResult
        do {
            result = try await runner.run(["/bin/sh", "-c", input.command], environment: ProcessEnvironment.build(passthrough: policy.shellEnvPassthrough), directory: workspace.root)
        } catch {
            return .failure(error.description)
        }
        return Self.format(result)
    }

    /// The model's view of a result.
    static func format(_ result: ProcessRunResult) -> ToolOutput {
        var text = result.output
        if result.droppedBytes > 0 { text += "\n[… \(result.droppedBytes) more bytes of output dropped]" }
        if let reason = result.killedBecause {
            return .failure("Killed (\(reason)); the whole process group was stopped.\n\(text)")
        }
        switch result.exit {
        case .code(0): return .success(text.isEmpty ? "(no output, exit code 0)" : text)
        case .code(let code): return .failure("Exit code \(code)\n\(text)")
        case .signal(let signal): return .failure("Killed by signal \(signal)\n\(text)")
        case nil: return .failure("The command did not report an exit status\n\(text)")
        }
    }
}
