import OpenFangTypes

/// `agent_kill`: stops an agent; only one the caller may message (`capabilities.agent_message`).
public struct AgentKillTool: Tool {
    /// The target.
    public struct Input: Decodable, Sendable {
        /// Name or id.
        public var agentID: String

        enum CodingKeys: String, CodingKey {
            case agentID = "agent_id"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "agent_kill", description: "Stop an agent.", inputSchema: .object(["agent_id": .string("The agent's name or id")], required: ["agent_id"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let target = try await context.agent(input.agentID)
        try context.require(context.permissions.checkMessage(to: target.name, id: target.id.description))
        guard target.id != context.agentID else { return .failure("an agent cannot kill itself") }
        try await context.agentDirectory().kill(target.id, by: context.agentID)
        return .success("stopped \(target.name)")
    }
}
