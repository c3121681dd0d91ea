import OpenFangMemory
import OpenFangTypes

/// `knowledge_query`: paths through the knowledge graph, up to `max_depth` hops (OpenFang ignored
/// the depth); needs `capabilities.memory_read` to cover `shared.knowledge`.
public struct KnowledgeQueryTool: Tool {
    /// The query.
    public struct Input: Decodable, Sendable {
        /// Start entity.
        public var source: String?
        /// Relation type.
        public var relation: String?
        /// End entity.
        public var target: String?
        /// Hops (default 1, at most 5).
        public var maxDepth: Int?

        enum CodingKeys: String, CodingKey {
            case source, relation, target
            case maxDepth = "max_depth"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "knowledge_query", description: "Find how entities in the knowledge graph are related (any of source, relation, target; up to max_depth hops).",
        inputSchema: .object(
            ["source": .string("Start entity"), "relation": .string("Relation type"), "target": .string("End entity"), "max_depth": .integer("Hops, 1 to 5 (default 1)")]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        try context.require(context.permissions.checkMemoryRead("shared.knowledge"))
        let depth = min(max(input.maxDepth ?? 1, 1), 5)
        let paths = try await context.store().paths(GraphQuery(source: input.source, relation: input.relation, target: input.target, maxDepth: depth))
        guard !paths.isEmpty else { return .success("no matching relations") }
        return .success(paths.prefix(50).map(\.summary).joined(separator: "\n"))
    }
}
