import ArgumentParser
import FoundationEssentials
import OpenFangKernel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts `openfang start` again in its own session, in the background, with its output in
/// `logs/daemon.log`, and waits until it has written `daemon.json`.
enum Detach {
    static func start(home: OpenFangHome, arguments: [String]) async throws {
        try FileManager.default.createDirectory(atPath: home.logsDirectory, withIntermediateDirectories: true)
        let logPath = home.logsDirectory + "/daemon.log"
        try spawn(["/usr/bin/setsid", try executablePath(), "start"] + arguments, log: logPath)
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

    /// Runs `argv` with standard input from /dev/null and its output appended to `log`; does not wait.
    static func spawn(_ argv: [String], log: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else this process has open reaches the daemon (a parent waiting for this
        // process's pipes or exit socket to close would otherwise wait for the daemon).
        for descriptor in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap({ Int32($0) }) ?? [] where descriptor > 2 {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        // The daemon starts with no signal blocked and every signal at its default, whatever this
        // process had set (a blocked SIGTERM would make `openfang stop` wait forever).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let arguments = argv.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, argv[0], &actions, &attributes, arguments, environ)
        guard status == 0 else {
            throw CLIFileError(description: "cannot start \(argv[0]): \(String(cString: strerror(status)))")
        }
    }

    /// This program's own path.
    static func executablePath() throws -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}
