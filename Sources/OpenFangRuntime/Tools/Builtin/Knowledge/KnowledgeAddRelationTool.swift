import OpenFangMemory
import OpenFangTypes

/// `knowledge_add_relation`: links two entities (by name or id; missing ones are created as
/// `thing`); needs `capabilities.memory_write` to cover `shared.knowledge`.
public struct KnowledgeAddRelationTool: Tool {
    /// The edge.
    public struct Input: Decodable, Sendable {
        /// Start entity (name or id).
        public var source: String
        /// What the edge means (`works_on`).
        public var relation: String
        /// End entity (name or id).
        public var target: String
        /// How sure (0…1, default 1).
        public var confidence: Double?
        /// Free-form properties.
        public var properties: [String: JSONValue]?
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "knowledge_add_relation", description: "Add a relation between two entities in the knowledge graph (e.g. Alice works_on OpenFang).",
        inputSchema: .object(
            [
                "source": .string("Start entity name"), "relation": .string("Relation type, e.g. works_on"), "target": .string("End entity name"),
                "confidence": JSONSchema(.object(["type": .string("number"), "description": .string("0 to 1")])),
                "properties": JSONSchema(.object(["type": .string("object"), "description": .string("Free-form properties")])),
            ], required: ["relation", "source", "target"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        try context.require(context.permissions.checkMemoryWrite("shared.knowledge"))
        let store = try context.store()
        guard (0...1).contains(input.confidence ?? 1) else { return .failure("`confidence` must be between 0 and 1") }
        let source = try await entity(input.source, in: store)
        let target = try await entity(input.target, in: store)
        _ = try await store.addRelation(from: source.id, input.relation, to: target.id, confidence: input.confidence ?? 1, properties: input.properties ?? [:])
        return .success("added \(source.name) -\(input.relation)-> \(target.name)")
    }

    private func entity(_ name: String, in store: any MemoryStore) async throws -> Entity {
        if let existing = try await store.entities(named: name).first { return existing }
        return try await store.addEntity(name: name, type: "thing", properties: [:])
    }
}
