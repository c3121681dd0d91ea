import FoundationEssentials
import OpenFangTypes

/// `create_directory`: a folder (and its parents) inside the workspace.
public struct CreateDirectoryTool: Tool {
    /// The folder.
    public struct Input: Decodable, Sendable {
        /// Path relative to the workspace.
        public var path: String
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "create_directory", description: "Create a folder (with its parents) in your workspace.",
        inputSchema: .object(["path": .string("Folder relative to your workspace")], required: ["path"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let folder = try context.workspacePath(input.path)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return .success("created \(input.path)")
    }
}
