import OpenFangTypes

/// `task_list`: the board, optionally one status only.
public struct TaskListTool: Tool {
    /// The filter.
    public struct Input: Decodable, Sendable {
        /// `pending`, `in_progress` or `completed`.
        public var status: String?
    }

    static let statuses: Set<String> = ["pending", "in_progress", "completed"]

    /// The definition.
    public static let definition = ToolDefinition(
        name: "task_list", description: "List tasks on the shared board.",
        inputSchema: .object(["status": .string("Only this status", enum: ["pending", "in_progress", "completed"])]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        if let status = input.status, !Self.statuses.contains(status) {
            return .failure("`status` must be one of pending, in_progress, completed (got \"\(status)\")")
        }
        let tasks = try await context.taskBoard().tasks(status: input.status)
        guard !tasks.isEmpty else { return .success("no tasks") }
        return .success(tasks.map(\.line).joined(separator: "\n"))
    }
}
