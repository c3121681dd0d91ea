/// What a finished (or killed) command produced.
struct ProcessRunResult: Sendable, Equatable {
    /// stdout and stderr interleaved as read, capped.
    var output: String
    /// How it ended (nil when killed before it was reaped).
    var exit: ChildProcess.Exit?
    /// Why it was killed, if it was (`timeout after 30 s`, `no output for 30 s`).
    var killedBecause: String?
    /// Bytes dropped by the output cap.
    var droppedBytes: Int
}
