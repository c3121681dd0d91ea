import ArgumentParser
import FoundationEssentials
import OpenFangKernel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `openfang stop`: asks the daemon to shut down gracefully, then forces it if it does not.
struct StopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop the running daemon gracefully.")

    @Option(name: .long, help: "Seconds to wait before forcing it.") var timeout = 15

    func run() async throws {
        let home = CLIEnvironment.load().home
        guard let record = DaemonRecord.read(in: home) else {
            Terminal.out("no daemon is running")
            return
        }
        guard record.isAlive else {
            DaemonRecord.remove(in: home)
            Terminal.out("no daemon is running (removed a stale daemon.json for pid \(record.pid))")
            return
        }
        kill(record.pid, SIGTERM)
        for _ in 0..<(max(timeout, 1) * 10) {
            if !record.isAlive {
                Terminal.out("stopped the daemon (pid \(record.pid))")
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        kill(record.pid, SIGKILL)
        DaemonRecord.remove(in: home)
        Terminal.err("the daemon (pid \(record.pid)) did not stop within \(timeout) s; killed it. Running turns are marked interrupted at the next start.")
        throw ExitCode.failure
    }
}
