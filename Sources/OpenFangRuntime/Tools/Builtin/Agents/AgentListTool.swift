import OpenFangTypes

/// `agent_list`: every agent with its id, state and model.
public struct AgentListTool: Tool {
    /// No arguments.
    public struct Input: Decodable, Sendable {}

    /// The definition.
    public static let definition = ToolDefinition(name: "agent_list", description: "List all agents: id, name, state and model.", inputSchema: .object([:]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let agents = try await context.agentDirectory().agents()
        guard !agents.isEmpty else { return .success("no agents") }
        return .success(agents.map(\.line).joined(separator: "\n"))
    }
}
