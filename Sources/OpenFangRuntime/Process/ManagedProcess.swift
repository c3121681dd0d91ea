import FoundationEssentials
import OpenFangTypes

/// A long-running process an agent started with `process_start`.
struct ManagedProcess: Sendable {
    /// `proc_<n>`.
    var id: String
    /// Who started it.
    var owner: AgentID
    /// The command line shown in listings.
    var commandLine: String
    /// The child.
    var child: ChildProcess
    /// When it started.
    var started: ContinuousClock.Instant
    /// How it ended, once it has.
    var exit: ChildProcess.Exit?
}
