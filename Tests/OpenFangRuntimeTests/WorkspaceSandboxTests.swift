import Foundation
import OpenFangTesting
import Testing
@testable import OpenFangRuntime

@Suite struct WorkspaceSandboxTests {
    /// A workspace with a file, a folder, links that stay inside and links that leave.
    func withWorkspace(_ body: (WorkspaceSandbox, TemporaryDirectory) throws -> Void) throws {
        let temp = try TemporaryDirectory("sandbox")
        defer { temp.remove() }
        try temp.write("secret", to: "outside/secret.txt")
        try temp.write("hello", to: "ws/notes.txt")
        try temp.write("deep", to: "ws/src/main.swift")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: temp.file("ws/escape"), withDestinationPath: temp.file("outside"))
        try manager.createSymbolicLink(atPath: temp.file("ws/etc"), withDestinationPath: "/etc")
        try manager.createSymbolicLink(atPath: temp.file("ws/inside-link"), withDestinationPath: "src")
        try manager.createSymbolicLink(atPath: temp.file("ws/dangling"), withDestinationPath: temp.file("outside/new.txt"))
        try manager.createSymbolicLink(atPath: temp.file("ws/src/up"), withDestinationPath: "../../outside")
        try body(try WorkspaceSandbox(root: temp.file("ws")), temp)
    }

    static let escapes = [
        "../outside/secret.txt", "../../etc/passwd", "/etc/passwd", "/", "..", "src/../../outside/secret.txt", "./../outside",
        "escape/secret.txt", "escape", "etc/passwd", "etc", "src/up/secret.txt", "src/up", "dangling", "escape/new-file.txt",
        "etc/newfile", "src/up/new/deeper.txt", "notes.txt/../../outside/secret.txt", "a\0b", "", "/tmp/anything",
        "src/./../../outside/secret.txt",
    ]

    @Test func escapesAreRefused() throws {
        try withWorkspace { sandbox, _ in
            for path in Self.escapes {
                do {
                    let resolved = try sandbox.resolve(path)
                    Issue.record("\(path) was allowed as \(resolved)")
                } catch {
                    #expect(!"\(error)".isEmpty)
                }
            }
        }
        #expect(Self.escapes.count >= 20)
    }

    @Test func pathsInsideResolveToRealPaths() throws {
        try withWorkspace { sandbox, temp in
            let root = sandbox.root
            let resolved1 = try sandbox.resolve("notes.txt")
            #expect(resolved1 == root + "/notes.txt")
            let resolved2 = try sandbox.resolve("./src/../notes.txt")
            #expect(resolved2 == root + "/notes.txt")
            let resolved3 = try sandbox.resolve("inside-link/main.swift")
            #expect(resolved3 == root + "/src/main.swift")
            let resolved4 = try sandbox.resolve("new/dir/file.txt")
            #expect(resolved4 == root + "/new/dir/file.txt")
            let resolved5 = try sandbox.resolve(temp.file("ws/notes.txt"))
            #expect(resolved5 == root + "/notes.txt", "an absolute path inside is fine")
            let resolved6 = try sandbox.resolve(".")
            #expect(resolved6 == root)
        }
    }
}
