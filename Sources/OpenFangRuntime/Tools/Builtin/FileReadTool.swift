import FoundationEssentials
import OpenFangTypes

/// `file_read`: a text file inside the workspace.
public struct FileReadTool: Tool {
    /// The file to read.
    public struct Input: Decodable, Sendable {
        /// Path relative to the workspace.
        public var path: String
    }

    /// Largest file returned whole; bigger files are cut with a note.
    public static let maximumBytes = 512 * 1024

    /// The definition.
    public static let definition = ToolDefinition(
        name: "file_read", description: "Read a text file from your workspace.",
        inputSchema: .object(["path": .string("Path relative to your workspace")], required: ["path"]))

    /// Creates the tool.
    public init() {}

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let path = try context.workspacePath(input.path)
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure("no such file: \(input.path)") }
        if isDirectory { return .failure("\(input.path) is a directory; use file_list") }
        guard let data = FileBytes.prefix(ofFileAt: path, count: Self.maximumBytes + 1) else { return .failure("cannot read \(input.path): permission denied") }
        let cut = data.count > Self.maximumBytes
        let text = String(decoding: data.prefix(Self.maximumBytes), as: UTF8.self)
        return .success(cut ? text + "\n[truncated: the file is larger than \(Self.maximumBytes) bytes]" : text)
    }
}
