import ArgumentParser
import FoundationEssentials
import OpenFangKernel
import OpenFangTypes
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `openfang logs [--lines 50] [-f]`: the daemon's log (`logs/daemon.log` of the home).
struct LogsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "logs", abstract: "Show the daemon's log (the end of logs/daemon.log); -f keeps following it.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "How many lines from the end.") var lines = 50
    @Flag(name: .shortAndLong, help: "Keep printing lines as they are written (Ctrl-C stops).") var follow = false

    func run() async throws {
        let path = CLIEnvironment.load().home.logsDirectory + "/daemon.log"
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            Terminal.err("error: no log at \(path) yet (`openfang start --detach` writes it)")
            throw ExitCode.failure
        }
        defer { close(descriptor) }
        let text = String(decoding: FileBytes.readToEnd(descriptor), as: UTF8.self)
        let tail = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0).suffix(max(lines, 0))
        for line in tail { Terminal.out(String(line)) }
        guard follow else { return }
        while !Task.isCancelled {
            try await Task.sleep(for: .milliseconds(250))
            let more = FileBytes.readToEnd(descriptor)
            if !more.isEmpty { Terminal.write(String(decoding: more, as: UTF8.self)) }
        }
    }
}
