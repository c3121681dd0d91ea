import OpenFangTypes

/// `task_claim`: takes the next pending task meant for this agent or for anyone.
public struct TaskClaimTool: Tool {
    /// No arguments.
    public struct Input: Decodable, Sendable {}

    /// The definition.
    public static let definition = ToolDefinition(name: "task_claim", description: "Claim the next pending task assigned to you or to anyone.", inputSchema: .object([:]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        guard let task = try await context.taskBoard().claim(by: context.agentID) else { return .success("no pending task") }
        return .success("claimed task \(task.id): \(task.title)\n\(task.description)")
    }
}
