import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A server process under measurement: started, probed over raw TCP, measured, stopped.
struct BenchProcess {
    let process: Process

    /// Starts `binary` with `arguments` and `environment`, output discarded.
    static func start(_ binary: String, _ arguments: [String], environment: [String: String]) throws -> BenchProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return BenchProcess(process: process)
    }

    /// Stops it (SIGTERM, then waits).
    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// Resident memory in KiB (Linux `/proc`): `VmRSS`, or `RssAnon` (private memory, without the
    /// binary's file-backed pages) or `RssFile`.
    func residentKiB(_ field: String = "VmRSS") -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8) else { return nil }
        let line = text.split(separator: "\n").first { $0.hasPrefix(field + ":") }
        return line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") }
    }

    /// Whether `GET path` on 127.0.0.1:`port` answers 200 right now (a raw socket: no client
    /// library start-up in the measurement).
    static func answers200(port: Int, path: String) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return false }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = recv(fd, &buffer, buffer.count, 0)
        return count > 12 && String(decoding: buffer[0..<count], as: UTF8.self).hasPrefix("HTTP/1.1 200")
    }

    /// Milliseconds from launching `start()` to the first 200 from `path`.
    static func coldStart(port: Int, path: String, _ start: () throws -> BenchProcess) throws -> (Double, BenchProcess) {
        let begin = ContinuousClock.now
        let server = try start()
        while !answers200(port: port, path: path) {
            guard server.process.isRunning else { throw BenchError("the server exited before answering") }
            usleep(200)
        }
        let elapsed = begin.duration(to: .now)
        return (Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15, server)
    }
}

/// A benchmark that could not run.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
