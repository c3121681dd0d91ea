import FoundationEssentials
import OpenFangTypes

/// `file_list`: the entries of a folder inside the workspace (folders end in `/`).
public struct FileListTool: Tool {
    /// The folder.
    public struct Input: Decodable, Sendable {
        /// Path relative to the workspace (default: the workspace itself).
        public var path: String?
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "file_list", description: "List the files and folders in a folder of your workspace.",
        inputSchema: .object(["path": .string("Folder relative to your workspace (default: the workspace)")]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let folder = try context.workspacePath(input.path ?? ".")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return .failure("no such folder: \(input.path ?? ".")")
        }
        let entries = names.sorted().map { name -> String in
            var isDirectory = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory)
            return isDirectory ? name + "/" : name
        }
        return .success(entries.isEmpty ? "(empty)" : entries.joined(separator: "\n"))
    }
}
