import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct ApplyPatchTests {
    func withWorkspace(_ body: (ToolRegistry, ToolContext, TemporaryDirectory) async throws -> Void) async throws {
        let temp = try TemporaryDirectory("patch")
        defer { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.file("ws/src"), withIntermediateDirectories: true)
        try "line 1\nline 2\nline 3\nline 4\nline 5\nline 6\n".write(toFile: temp.file("ws/src/a.txt"), atomically: true, encoding: .utf8)
        try "gone\n".write(toFile: temp.file("ws/old.txt"), atomically: true, encoding: .utf8)
        var registry = ToolRegistry()
        registry.register(ApplyPatchTool())
        let context = ToolContext(agentID: .random(), callID: "c", workspace: try WorkspaceSandbox(root: temp.file("ws")), permissions: .granting())
        try await body(registry, context, temp)
    }

    func apply(_ registry: ToolRegistry, _ context: ToolContext, _ patch: String) async -> ToolOutput {
        await registry.call("apply_patch", arguments: .object(["patch": .string(patch)]), context: context)
    }

    @Test func addUpdateMoveAndDeleteInOnePatch() async throws {
        try await withWorkspace { registry, context, temp in
            let patch = """
                *** Begin Patch
                *** Add File: docs/new.md
                +# Title
                +body
                *** Update File: src/a.txt
                *** Move to: src/b.txt
                @@
                 line 1
                -line 2
                +line two
                 line 3
                @@ line 5
                -line 6
                +line six
                +line seven
                *** Delete File: old.txt
                *** End Patch
                """
            let result = await apply(registry, context, patch)
            #expect(result == .success("Applied:\nA docs/new.md\nM src/a.txt → src/b.txt\nD old.txt"))
            let text1 = try temp.read("ws/docs/new.md")
            #expect(text1 == "# Title\nbody\n")
            let text2 = try temp.read("ws/src/b.txt")
            #expect(text2 == "line 1\nline two\nline 3\nline 4\nline 5\nline six\nline seven\n")
            #expect(!FileManager.default.fileExists(atPath: temp.file("ws/src/a.txt")) && !FileManager.default.fileExists(atPath: temp.file("ws/old.txt")))
        }
    }

    @Test func aMismatchNamesTheFileAndLineAndChangesNothing() async throws {
        try await withWorkspace { registry, context, temp in
            let patch = """
                *** Begin Patch
                *** Add File: created.txt
                +x
                *** Update File: src/a.txt
                @@
                -line 9
                +nine
                *** End Patch
                """
            let result = await apply(registry, context, patch)
            #expect(result == .failure("Patch not applied (nothing was changed): src/a.txt: hunk 1 does not match the file: expected 1 line(s) starting with \"line 9\" at or after line 1"))
            #expect(!FileManager.default.fileExists(atPath: temp.file("ws/created.txt")))
            let text3 = try temp.read("ws/src/a.txt")
            #expect(text3.hasPrefix("line 1\nline 2"))
        }
    }

    @Test func whitespaceDifferencesStillMatch() async throws {
        try await withWorkspace { registry, context, temp in
            let result = await apply(registry, context, "*** Begin Patch\n*** Update File: src/a.txt\n@@\n-  line 3  \n+line three\n*** End Patch")
            #expect(!result.isError)
            let text4 = try temp.read("ws/src/a.txt")
            #expect(text4.contains("line 2\nline three\nline 4"))
        }
    }

    @Test func escapesAndMalformedPatchesAreRefused() async throws {
        try await withWorkspace { registry, context, temp in
            let escape = await apply(registry, context, "*** Begin Patch\n*** Add File: ../../evil.txt\n+x\n*** End Patch")
            #expect(escape.isError && escape.content.contains("Access denied"))
            #expect(!FileManager.default.fileExists(atPath: temp.file("evil.txt")))
            let absolute = await apply(registry, context, "*** Begin Patch\n*** Delete File: /etc/passwd\n*** End Patch")
            #expect(absolute.isError && absolute.content.contains("Access denied"))
            let noBegin = await apply(registry, context, "*** Update File: src/a.txt\n-line 1\n*** End Patch")
            #expect(noBegin == .failure("Patch not applied (nothing was changed): the patch must start with \"*** Begin Patch\""))
            let badLine = await apply(registry, context, "*** Begin Patch\n*** Update File: src/a.txt\n@@\n*line 1\n*** End Patch")
            #expect(badLine.content.contains("line 4: hunk lines must start with"))
            let exists = await apply(registry, context, "*** Begin Patch\n*** Add File: old.txt\n+x\n*** End Patch")
            #expect(exists.content.hasSuffix("Add File: old.txt already exists; use Update File"))
        }
    }
}
