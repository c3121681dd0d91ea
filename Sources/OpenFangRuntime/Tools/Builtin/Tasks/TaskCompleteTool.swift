import OpenFangTypes

/// `task_complete`: marks a claimed task done with its result.
public struct TaskCompleteTool: Tool {
    /// The task and result.
    public struct Input: Decodable, Sendable {
        /// The task's id.
        public var taskID: String
        /// What came of it.
        public var result: String

        enum CodingKeys: String, CodingKey {
            case result
            case taskID = "task_id"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "task_complete", description: "Complete a task you claimed, with its result.",
        inputSchema: .object(["task_id": .string("The task id"), "result": .string("The result")], required: ["result", "task_id"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let task = try await context.taskBoard().complete(input.taskID, result: input.result, by: context.agentID)
        return .success("completed task \(task.id)")
    }
}
