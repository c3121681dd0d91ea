import OpenFangTypes

/// A built-in tool: a name, a description and a JSON Schema for the model, and a typed input the
/// registry decodes from the model's arguments before calling it.
public protocol Tool: Sendable {
    /// The decoded arguments.
    associatedtype Input: Decodable & Sendable
    /// What the model is told about the tool.
    static var definition: ToolDefinition { get }
    /// Runs the tool.
    func call(_ input: Input, context: ToolContext) async throws -> ToolOutput
}
