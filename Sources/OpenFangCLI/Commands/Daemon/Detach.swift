import ArgumentParser
import Foundation
import OpenFangKernel

/// Starts `openfang start` again in its own session, in the background, with its output in
/// `logs/daemon.log`, and waits until it has written `daemon.json`.
enum Detach {
    static func start(home: OpenFangHome, arguments: [String]) async throws {
        try FileManager.default.createDirectory(atPath: home.logsDirectory, withIntermediateDirectories: true)
        let logPath = home.logsDirectory + "/daemon.log"
        if !FileManager.default.fileExists(atPath: logPath) { _ = FileManager.default.createFile(atPath: logPath, contents: nil) }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        try log.seekToEnd()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = [try executablePath(), "start"] + arguments
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        for _ in 0..<150 {
            if let record = DaemonRecord.read(in: home), record.isAlive {
                Terminal.out("OpenFang started in the background: pid \(record.pid), http://\(record.listen); logs in \(logPath)")
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        Terminal.err("error: the daemon did not come up within 15 s; see \(logPath)")
        throw ExitCode.failure
    }

    /// This program's own path.
    static func executablePath() throws -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
