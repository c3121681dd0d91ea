import OpenFangTypes

/// `process_poll`: output since the last poll, without waiting, and whether it still runs.
public struct ProcessPollTool: Tool {
    /// The process.
    public struct Input: Decodable, Sendable {
        /// From `process_start`.
        public var processID: String

        enum CodingKeys: String, CodingKey {
            case processID = "process_id"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "process_poll", description: "Read new output of a process you started (does not wait).",
        inputSchema: .object(["process_id": .string("The process id")], required: ["process_id"]))

    private let manager: ProcessManager

    /// Creates the tool over the shared manager.
    public init(manager: ProcessManager) {
        self.manager = manager
    }

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        do {
            let result = try await manager.poll(input.processID, owner: context.agentID)
            let state: String = switch result.exit {
            case nil: "running"
            case .code(let code): "exited with code \(code)"
            case .signal(let signal): "killed by signal \(signal)"
            }
            var text = "status: \(state)\nstdout:\n\(result.stdout)"
            if !result.stderr.isEmpty { text += "\nstderr:\n\(result.stderr)" }
            return .success(text)
        } catch let refusal as ProcessManager.Refusal {
            return .failure(refusal.description)
        }
    }
}
