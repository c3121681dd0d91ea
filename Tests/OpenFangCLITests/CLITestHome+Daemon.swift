import Foundation
import OpenFangKernel
import OpenFangTesting

extension CLITestHome {
    /// Starts `openfang start` in the foreground as a child process; returns it and its output file.
    func startDaemon() throws -> (Process, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: OpenFangProcess.executablePath)
        process.arguments = ["start"]
        var environment = self.environment
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        process.environment = environment
        let log = directory.file("daemon-\(UUID().uuidString.prefix(6)).out")
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return (process, log)
    }

    /// The daemon's record once it is up (throws after 15 s).
    func waitForDaemon() async throws -> DaemonRecord {
        for _ in 0..<150 {
            if let record = DaemonRecord.read(in: OpenFangHome(root: home)), record.isAlive { return record }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CancellationError()
    }
}
