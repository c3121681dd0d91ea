import FoundationEssentials

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child started in its own process group with piped stdin, stdout and stderr (non-blocking),
/// so the whole group — grandchildren included — can be killed at once.
struct ChildProcess: Sendable {
    /// Why a child could not start.
    struct LaunchError: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    /// How a child ended.
    enum Exit: Sendable, Equatable {
        case code(Int32)
        case signal(Int32)
    }

    /// The child's pid (also its process group id).
    let pid: pid_t
    /// Our end of its stdin.
    let stdin: Int32
    /// Our end of its stdout.
    let stdout: Int32
    /// Our end of its stderr.
    let stderr: Int32

    /// Starts `argv` with exactly `environment`, in `directory`.
    static func spawn(_ argv: [String], environment: [String: String], directory: String) throws(LaunchError) -> ChildProcess {
        guard !argv.isEmpty else { throw LaunchError(description: "empty command") }
        // posix_spawn cannot change directory portably, so a tiny sh prologue does, then execs.
        let argv = ["/bin/sh", "-c", "cd \"$1\" || exit 126; shift; exec \"$@\"", "sh", directory] + argv
        let program = argv[0]
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0], errors: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0, pipe(&errors) == 0 else { throw LaunchError(description: "cannot create pipes (errno \(errno))") }
        // Close-on-exec at once, so processes spawned elsewhere in this process never inherit them.
        for fd in input + output + errors { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        for fd in input + output + errors { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        let arguments = argv.map { strdup($0) } + [nil]
        let variables = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, program, &actions, &attributes, arguments, variables)
        close(input[0])
        close(output[1])
        close(errors[1])
        guard status == 0 else {
            [input[1], output[0], errors[0]].forEach { _ = close($0) }
            throw LaunchError(description: "cannot start \(program): \(String(cString: strerror(status)))")
        }
        for fd in [input[1], output[0], errors[0]] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        return ChildProcess(pid: pid, stdin: input[1], stdout: output[0], stderr: errors[0])
    }

    /// Bytes waiting on `fd`: empty when none yet, nil at end of file.
    func readAvailable(_ fd: Int32) -> [UInt8]? {
        var collected: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                collected += buffer[..<count]
            } else if count == 0 {
                return collected.isEmpty ? nil : collected
            } else {
                return collected
            }
        }
    }

    /// Writes to the child's stdin; false when it is closed.
    func writeInput(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(stdin, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EAGAIN { usleep(1_000); continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// The exit, if the child has ended (reaps it).
    func pollExit() -> Exit? {
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        return status & 0x7f == 0 ? .code((status >> 8) & 0xff) : .signal(status & 0x7f)
    }

    /// Sends `signal` to the whole process group.
    func killGroup(_ signal: Int32 = SIGKILL) {
        _ = kill(-pid, signal)
    }

    /// Closes our pipe ends (once: a second close could hit a descriptor reused elsewhere).
    func closePipes() {
        [stdin, stdout, stderr].forEach { _ = close($0) }
    }

    /// Closes our ends of stdout and stderr (for runs whose stdin was closed at start).
    func closeOutputs() {
        [stdout, stderr].forEach { _ = close($0) }
    }
}
