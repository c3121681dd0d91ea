import OpenFangTypes

/// `task_post`: puts a task on the shared board, optionally for one agent.
public struct TaskPostTool: Tool {
    /// The task.
    public struct Input: Decodable, Sendable {
        /// Short title.
        public var title: String
        /// What to do.
        public var description: String
        /// Name or id of the agent it is for.
        public var assignedTo: String?

        enum CodingKeys: String, CodingKey {
            case title, description
            case assignedTo = "assigned_to"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "task_post", description: "Post a task to the shared task board.",
        inputSchema: .object(["title": .string("Short title"), "description": .string("What to do"), "assigned_to": .string("Agent name or id (optional)")], required: ["description", "title"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let task = try await context.taskBoard().post(title: input.title, description: input.description, assignedTo: input.assignedTo, by: context.agentID)
        return .success("posted task \(task.id)")
    }
}
