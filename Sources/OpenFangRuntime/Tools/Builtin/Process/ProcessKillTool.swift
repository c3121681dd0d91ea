import OpenFangTypes

/// `process_kill`: stops a process (its whole group) and forgets it.
public struct ProcessKillTool: Tool {
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
        name: "process_kill", description: "Stop a process you started.", inputSchema: .object(["process_id": .string("The process id")], required: ["process_id"]))

    private let manager: ProcessManager

    /// Creates the tool over the shared manager.
    public init(manager: ProcessManager) {
        self.manager = manager
    }

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        do {
            try await manager.kill(input.processID, owner: context.agentID)
            return .success("killed \(input.processID)")
        } catch let refusal as ProcessManager.Refusal {
            return .failure(refusal.description)
        }
    }
}
