import OpenFangTypes

/// `agent_send`: runs another agent's loop with a message and returns its reply. The target must
/// match `capabilities.agent_message`; nested sends stop at depth 5.
public struct AgentSendTool: Tool {
    /// The target and message.
    public struct Input: Decodable, Sendable {
        /// Name or id of the agent.
        public var agentID: String
        /// What to tell it.
        public var message: String

        enum CodingKeys: String, CodingKey {
            case message
            case agentID = "agent_id"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "agent_send", description: "Send a message to another agent and get its reply.",
        inputSchema: .object(["agent_id": .string("The agent's name or id"), "message": .string("The message")], required: ["agent_id", "message"]))

    /// The deepest chain of nested sends.
    public static let maxDepth = 5

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let target = try await context.agent(input.agentID)
        try context.require(context.permissions.checkMessage(to: target.name, id: target.id.description))
        guard target.id != context.agentID else { return .failure("an agent cannot send a message to itself") }
        guard context.depth < Self.maxDepth else {
            return .failure("agent_send refused: \(Self.maxDepth) nested agent messages already (limit \(Self.maxDepth)); answer from what you have")
        }
        let reply = try await context.agentDirectory().send(input.message, to: target.id, from: context.agentID, depth: context.depth + 1)
        return .success(reply)
    }
}
