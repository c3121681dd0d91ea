import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct FileToolTests {
    func withTools(_ body: (ToolRegistry, ToolContext, TemporaryDirectory) async throws -> Void) async throws {
        let temp = try TemporaryDirectory("file-tools")
        defer { temp.remove() }
        try temp.write("secret", to: "outside.txt")
        try FileManager.default.createDirectory(atPath: temp.file("ws"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: temp.file("ws/link"), withDestinationPath: temp.file("outside.txt"))
        var registry = ToolRegistry()
        for tool: any Tool in [FileReadTool(), FileWriteTool(), FileListTool(), CreateDirectoryTool()] { registry.register(tool) }
        let context = ToolContext(agentID: .random(), callID: "c", workspace: try WorkspaceSandbox(root: temp.file("ws")), permissions: .granting())
        try await body(registry, context, temp)
    }

    @Test func writeThenReadThenList() async throws {
        try await withTools { tools, context, _ in
            let wrote = await tools.call("file_write", arguments: .object(["path": .string("notes/today.md"), "content": .string("# Hi\n")]), context: context)
            #expect(wrote == .success("wrote 5 bytes to notes/today.md"))
            #expect(await tools.call("Read", arguments: .object(["path": .string("notes/today.md")]), context: context) == .success("# Hi\n"))
            #expect(await tools.call("create_directory", arguments: .object(["path": .string("empty")]), context: context).isError == false)
            #expect(await tools.call("file_list", arguments: .object([:]), context: context) == .success("empty/\nlink\nnotes/"))
        }
    }

    @Test func escapesAreDeniedWithTheReason() async throws {
        try await withTools { tools, context, _ in
            for (tool, path) in [("file_read", "../outside.txt"), ("file_read", "link"), ("file_write", "/etc/evil"), ("file_list", ".."), ("create_directory", "../x")] {
                var arguments: [String: JSONValue] = ["path": .string(path)]
                if tool == "file_write" { arguments["content"] = .string("x") }
                let output = await tools.call(tool, arguments: .object(arguments), context: context)
                #expect(output.isError && output.content.hasPrefix("Access denied:"), "\(tool) \(path): \(output.content)")
            }
            let noWorkspace = ToolContext(agentID: .random(), callID: "c", permissions: .granting())
            #expect(await tools.call("file_read", arguments: .object(["path": .string("a")]), context: noWorkspace).isError)
        }
    }

    @Test func missingFilesAndFoldersAreClearErrors() async throws {
        try await withTools { tools, context, _ in
            #expect(await tools.call("file_read", arguments: .object(["path": .string("nope.txt")]), context: context) == .failure("no such file: nope.txt"))
            #expect(await tools.call("file_read", arguments: .object(["path": .string(".")]), context: context) == .failure(". is a directory; use file_list"))
        }
    }
}
