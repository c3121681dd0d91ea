import OpenFangMemory
import OpenFangTypes

/// `memory_store`: saves a value under a key in the agent's own namespace, or in the shared one
/// with a `shared.` prefix; the key must match `capabilities.memory_write`.
public struct MemoryStoreTool: Tool {
    /// The key and value.
    public struct Input: Decodable, Sendable {
        /// `name` (own namespace) or `shared.name`.
        public var key: String
        /// Any JSON value.
        public var value: JSONValue
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "memory_store", description: "Save a value under a key in persistent memory (prefix the key with `shared.` to share it with other agents).",
        inputSchema: .object(["key": .string("The key (`name` or `shared.name`)"), "value": JSONSchema(.object(["description": .string("The value (text or any JSON)")]))], required: ["key", "value"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let key = MemoryKey(input.key)
        guard !key.key.isEmpty else { return .failure("the key is empty") }
        try context.require(context.permissions.checkMemoryWrite(key.scoped))
        try await context.store().setValue(input.value, forKey: key.key, in: key.namespace(for: context.agentID))
        return .success("stored \(key.scoped)")
    }
}
