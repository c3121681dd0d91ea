import FoundationEssentials

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a command to completion: its own process group, a cleared environment, the output
/// capped, a wall-clock and a no-output timeout, and on timeout or cancellation the whole group
/// killed (grandchildren too).
struct ProcessRunner: Sendable {
    /// Longest run.
    var timeout: Duration
    /// Longest silence.
    var noOutputTimeout: Duration
    /// Output kept.
    var maxOutputBytes: Int

    /// Runs `argv` in `directory` with `environment`.
    func run(_ argv: [String], environment: [String: String], directory: String) async throws(ChildProcess.LaunchError) -> ProcessRunResult {
        let child = try ChildProcess.spawn(argv, environment: environment, directory: directory)
        close(child.stdin)
        defer { child.closeOutputs() }
        let clock = ContinuousClock()
        let started = clock.now
        var lastOutput = started
        var output: [UInt8] = []
        var dropped = 0
        var open: Set<Int32> = [child.stdout, child.stderr]
        var pause = Duration.milliseconds(1)
        var exit: ChildProcess.Exit?
        var killedBecause: String?
        while true {
            var progressed = false
            for fd in open {
                guard let bytes = child.readAvailable(fd) else {
                    open.remove(fd)
                    continue
                }
                guard !bytes.isEmpty else { continue }
                progressed = true
                lastOutput = clock.now
                let room = max(0, maxOutputBytes - output.count)
                output += bytes.prefix(room)
                dropped += max(0, bytes.count - room)
            }
            if exit == nil { exit = child.pollExit() }
            if exit != nil, open.isEmpty { break }
            if exit != nil, clock.now - lastOutput > .milliseconds(200) { break }
            if Task.isCancelled {
                killedBecause = "cancelled"
            } else if clock.now - started > timeout {
                killedBecause = "timeout after \(timeout.components.seconds) s"
            } else if clock.now - lastOutput > noOutputTimeout, exit == nil {
                killedBecause = "no output for \(noOutputTimeout.components.seconds) s"
            }
            if killedBecause != nil {
                child.killGroup()
                exit = exit ?? reap(child)
                break
            }
            if progressed {
                pause = .milliseconds(1)
            } else {
                try? await Task.sleep(for: pause)
                pause = min(pause * 2, .milliseconds(20))
            }
        }
        child.killGroup()
        return ProcessRunResult(output: String(decoding: output, as: UTF8.self), exit: exit, killedBecause: killedBecause, droppedBytes: dropped)
    }

    /// Waits (briefly) for a killed child to be reaped.
    private func reap(_ child: ChildProcess) -> ChildProcess.Exit? {
        for _ in 0..<200 {
            if let exit = child.pollExit() { return exit }
            usleep(5_000)
        }
        return nil
    }
}
