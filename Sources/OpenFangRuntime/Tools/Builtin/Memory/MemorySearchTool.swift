import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

/// `memory_search`: hybrid (keyword + vector) recall over what this agent remembered; needs
/// `capabilities.memory_read` to cover `self.memories`.
public struct MemorySearchTool: Tool {
    /// The query.
    public struct Input: Decodable, Sendable {
        /// What to look for.
        public var query: String
        /// How many fragments (default 5, at most 20).
        public var limit: Int?
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "memory_search", description: "Search your long-term memories (past conversations and saved facts) by meaning and keywords.",
        inputSchema: .object(["query": .string("What to look for"), "limit": .integer("How many results (default 5)")], required: ["query"]))

    private let embedder: (any Embedder)?

    /// Creates the tool; with an embedder, the search also ranks by meaning.
    public init(embedder: (any Embedder)? = nil) {
        self.embedder = embedder
    }

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        try context.require(context.permissions.checkMemoryRead("self.memories"))
        let limit = min(max(input.limit ?? 5, 1), 20)
        let hits = try await context.store().recall(input.query, limit: limit, filter: RecallFilter(agentID: context.agentID), embedder: embedder)
        guard !hits.isEmpty else { return .success("no memories match \"\(input.query)\"") }
        let lines = hits.enumerated().map { index, hit in
            "\(index + 1). [\(hit.fragment.source), \(hit.fragment.createdAt.formatted(.iso8601))] \(hit.fragment.content)"
        }
        return .success(lines.joined(separator: "\n"))
    }
}
