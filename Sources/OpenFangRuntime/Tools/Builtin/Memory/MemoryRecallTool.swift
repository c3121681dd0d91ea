import OpenFangMemory
import OpenFangTypes

/// `memory_recall`: reads the value saved under a key; the key must match `capabilities.memory_read`.
public struct MemoryRecallTool: Tool {
    /// The key.
    public struct Input: Decodable, Sendable {
        /// `name` (own namespace) or `shared.name`.
        public var key: String
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "memory_recall", description: "Read the value saved under a key (`name` or `shared.name`).",
        inputSchema: .object(["key": .string("The key")], required: ["key"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let key = MemoryKey(input.key)
        try context.require(context.permissions.checkMemoryRead(key.scoped))
        guard let value = try await context.store().value(forKey: key.key, in: key.namespace(for: context.agentID)) else {
            return .success("nothing stored under \(key.scoped)")
        }
        if case .string(let text) = value { return .success(text) }
        return .success(value.compactJSON)
    }
}
