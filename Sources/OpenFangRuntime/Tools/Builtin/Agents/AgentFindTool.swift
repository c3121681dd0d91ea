import FoundationEssentials
import OpenFangTypes

/// `agent_find`: agents whose name, description, tags or tools mention the query.
public struct AgentFindTool: Tool {
    /// The query.
    public struct Input: Decodable, Sendable {
        /// Words to look for.
        public var query: String
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "agent_find", description: "Find agents by name, description, tag or tool.", inputSchema: .object(["query": .string("What to look for")], required: ["query"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let query = input.query.lowercased()
        let agents = try await context.agentDirectory().agents().filter { agent in
            ([agent.name, agent.description] + agent.tags + agent.tools).contains { $0.lowercased().contains(query) }
        }
        guard !agents.isEmpty else { return .success("no agent matches \"\(input.query)\"") }
        return .success(agents.map(\.line).joined(separator: "\n"))
    }
}
