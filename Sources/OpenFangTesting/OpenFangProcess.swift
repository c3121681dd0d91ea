import Foundation

/// Runs the built `openfang` executable as a real child process and captures its output.
public enum OpenFangProcess {
    /// The outcome of one run.
    public struct Output: Sendable {
        /// Exit status.
        public var status: Int32
        /// Everything written to standard output.
        public var standardOutput: String
        /// Everything written to standard error.
        public var standardError: String
    }

    /// The `openfang` binary the process-level tests run: `OPENFANG_BIN` when set (to test another
    /// build of it, such as the release binary), otherwise the one beside the test bundle.
    public static var executablePath: String {
        if let chosen = ProcessInfo.processInfo.environment["OPENFANG_BIN"], !chosen.isEmpty { return chosen }
        return productPath("openfang")
    }

    /// The executable product `name` beside the test bundle (both live in the build products folder).
    public static func productPath(_ name: String) -> String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent(name).path
    }

    /// Runs `openfang arguments…` with exactly `environment` (nothing inherited but `PATH`).
    public static func run(
        _ arguments: [String], environment: [String: String], input: String? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        process.arguments = arguments
        var env = environment
        if env["PATH"] == nil { env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin" }
        process.environment = env
        let capture = try TemporaryDirectory("openfang-process")
        defer { capture.remove() }
        try capture.write("", to: "out")
        try capture.write("", to: "err")
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: capture.file("out")))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: capture.file("err")))
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = FileManager.default.contents(atPath: capture.file("out")) ?? Data()
        let errData = FileManager.default.contents(atPath: capture.file("err")) ?? Data()
        return Output(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}
