import Foundation
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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure("no such file: \(input.path)") }
        if isDirectory.boolValue { return .failure("\(input.path) is a directory; use file_list") }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure("cannot read \(input.path): permission denied") }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: Self.maximumBytes + 1)) ?? Data()
        let cut = data.count > Self.maximumBytes
        let text = String(decoding: data.prefix(Self.maximumBytes), as: UTF8.self)
        return .success(cut ? text + "\n[truncated: the file is larger than \(Self.maximumBytes) bytes]" : text)
    }
}
