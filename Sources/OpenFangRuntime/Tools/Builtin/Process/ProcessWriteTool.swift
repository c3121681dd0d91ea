import OpenFangTypes

/// `process_write`: sends a line (newline appended) to a process's stdin.
public struct ProcessWriteTool: Tool {
    /// The process and data.
    public struct Input: Decodable, Sendable {
        /// From `process_start`.
        public var processID: String
        /// The text to send.
        public var data: String

        enum CodingKeys: String, CodingKey {
            case data
            case processID = "process_id"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "process_write", description: "Write a line to the stdin of a process you started.",
        inputSchema: .object(["process_id": .string("The process id"), "data": .string("The text (a newline is added)")], required: ["data", "process_id"]))

    private let manager: ProcessManager

    /// Creates the tool over the shared manager.
    public init(manager: ProcessManager) {
        self.manager = manager
    }

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        do {
            try await manager.write(input.data, to: input.processID, owner: context.agentID)
            return .success("wrote \(input.data.utf8.count + 1) bytes to \(input.processID)")
        } catch let refusal as ProcessManager.Refusal {
            return .failure(refusal.description)
        }
    }
}
