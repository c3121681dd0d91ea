import Foundation
import OpenFangTesting
import Testing

/// A database folder the user cannot write: the error names the folder and the cause. As root
/// (CI) permissions are not enforced, so the command runs as `nobody` through `setpriv`.
@Suite struct ReadOnlyDatabaseTests {
    static let setpriv = "/usr/bin/setpriv"

    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv)))
    func aReadOnlyDataFolderIsReportedNotCrashedOn() throws {
        let t = try CLITestHome("cli-readonly")
        defer {
            chmod(t.home + "/data", 0o700)
            t.remove()
        }
        #expect(try t.run("init", "--quick").status == 0)
        for path in [t.directory.path, t.home, t.home + "/agents"] { chmod(path, 0o755) }
        chmod(t.config, 0o644)
        chmod(t.home + "/data", 0o555)
        var arguments = ["memory", "list", "shared"]
        var executable = OpenFangProcess.executablePath
        if getuid() == 0 {
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable] + arguments
            executable = Self.setpriv
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = t.environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("error: cannot write \(t.home)/data"), "\(message)")
        #expect(message.contains("read-only"))
    }
}
