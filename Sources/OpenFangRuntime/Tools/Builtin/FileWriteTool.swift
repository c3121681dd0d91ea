import FoundationEssentials
import OpenFangTypes

/// `file_write`: creates or replaces a text file inside the workspace (folders created as needed).
public struct FileWriteTool: Tool {
    /// The file and its new content.
    public struct Input: Decodable, Sendable {
        /// Path relative to the workspace.
        public var path: String
        /// The whole new content.
        public var content: String
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "file_write", description: "Create or overwrite a text file in your workspace.",
        inputSchema: .object(["path": .string("Path relative to your workspace"), "content": .string("The full file content")], required: ["content", "path"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let path = try context.workspacePath(input.path)
        let folder = PathText.parent(of: path)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(input.content.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        return .success("wrote \(input.content.utf8.count) bytes to \(input.path)")
    }
}
