import OpenFangMemory
import OpenFangTypes

/// `knowledge_add_entity`: adds an entity to the shared knowledge graph; needs
/// `capabilities.memory_write` to cover `shared.knowledge`.
public struct KnowledgeAddEntityTool: Tool {
    /// The entity.
    public struct Input: Decodable, Sendable {
        /// Its name.
        public var name: String
        /// Its type (`person`, `project`, …).
        public var entityType: String
        /// Free-form properties.
        public var properties: [String: JSONValue]?

        enum CodingKeys: String, CodingKey {
            case name, properties
            case entityType = "entity_type"
        }
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "knowledge_add_entity", description: "Add an entity (a person, project, place, …) to the knowledge graph.",
        inputSchema: .object(
            ["name": .string("The entity's name"), "entity_type": .string("Its type, e.g. person or project"), "properties": JSONSchema(.object(["type": .string("object"), "description": .string("Free-form properties")]))],
            required: ["entity_type", "name"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        try context.require(context.permissions.checkMemoryWrite("shared.knowledge"))
        let entity = try await context.store().addEntity(name: input.name, type: input.entityType, properties: input.properties ?? [:])
        return .success("added \(entity.type) \(entity.name) (id \(entity.id))")
    }
}
