import OpenFangTypes

/// `process_list`: the agent's processes with command, uptime and state.
public struct ProcessListTool: Tool {
    /// No arguments.
    public struct Input: Decodable, Sendable {}

    /// The definition.
    public static let definition = ToolDefinition(name: "process_list", description: "List the processes you started.", inputSchema: .object([:]))

    private let manager: ProcessManager

    /// Creates the tool over the shared manager.
    public init(manager: ProcessManager) {
        self.manager = manager
    }

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let processes = await manager.list(owner: context.agentID)
        guard !processes.isEmpty else { return .success("no processes") }
        return .success(processes.map { process in
            let uptime = process.started.duration(to: .now).components.seconds
            return "\(process.id): \(process.commandLine) — \(process.exit == nil ? "alive" : "exited"), up \(uptime) s"
        }.joined(separator: "\n"))
    }
}
