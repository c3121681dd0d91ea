/// What a model is told about a tool: its name, what it does, and the JSON Schema of its input.
public struct ToolDefinition: Sendable, Hashable, Codable {
    /// Tool name as the model calls it (`file_read`).
    public var name: String
    /// One paragraph on what the tool does and when to use it.
    public var description: String
    /// JSON Schema of the `input` object.
    public var inputSchema: JSONSchema

    enum CodingKeys: String, CodingKey {
        case name, description
        case inputSchema = "input_schema"
    }

    /// Creates a definition.
    public init(name: String, description: String, inputSchema: JSONSchema) {
        self.name = name
        self.description = description
        self.inputSchema = inputSchema
    }
}
