import FoundationEssentials
import OpenFangTypes

/// Why the kernel refused or failed an operation; the description is what a user reads.
public enum KernelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No agent has this name or id.
    case unknownAgent(String, known: [String])
    /// The manifest does not parse or decode.
    case invalidManifest(String)
    /// The name is taken.
    case duplicateName(String)
    /// The agent is not accepting messages.
    case notRunning(String, AgentState)
    /// No provider is usable for the agent's model.
    case noProvider(agent: String, reason: String)
    /// A budget limit is used up.
    case quotaExceeded(agent: String, limit: String, spent: String, resetsBy: Date)
    /// A turn made no progress for too long and was cancelled.
    case turnHung(agent: String, seconds: Int)
    /// The kernel is stopping and takes no new work.
    case shuttingDown
    /// The caller's role does not allow the action.
    case forbidden(caller: String, action: String, needed: String, has: String?)
    /// Booting failed in a named stage.
    case boot(BootStage, String)
    /// A turn failed (the model or a limit of the loop).
    case turnFailed(agent: String, reason: String)
    /// A cron job or trigger request is invalid.
    case schedule(String)
    /// No cron job (or more than one) matches the reference.
    case unknownCronJob(String)
    /// A trigger pattern does not parse.
    case invalidTriggerPattern(String)

    /// The case without its values (for tables keyed by kind, such as HTTP statuses).
    public enum Kind: Sendable, Hashable, CaseIterable {
        case unknownAgent, invalidManifest, duplicateName, notRunning, noProvider, quotaExceeded, turnHung, shuttingDown, forbidden, boot
        case turnFailed, schedule, unknownCronJob, invalidTriggerPattern
    }

    /// Which case this is.
    public var kind: Kind {
        switch self {
        case .unknownAgent: .unknownAgent
        case .invalidManifest: .invalidManifest
        case .duplicateName: .duplicateName
        case .notRunning: .notRunning
        case .noProvider: .noProvider
        case .quotaExceeded: .quotaExceeded
        case .turnHung: .turnHung
        case .shuttingDown: .shuttingDown
        case .forbidden: .forbidden
        case .boot: .boot
        case .turnFailed: .turnFailed
        case .schedule: .schedule
        case .unknownCronJob: .unknownCronJob
        case .invalidTriggerPattern: .invalidTriggerPattern
        }
    }

    public var description: String {
        switch self {
        case .unknownAgent(let name, let known):
            "no agent named \"\(name)\"" + (known.isEmpty ? "" : " (agents: \(known.joined(separator: ", ")))")
        case .invalidManifest(let problems): "the manifest is invalid:\n\(problems)"
        case .duplicateName(let name): "an agent named \"\(name)\" already exists"
        case .notRunning(let name, let state): "agent \(name) is \(state.rawValue) and does not accept messages"
        case .noProvider(let agent, let reason): "agent \(agent) cannot reach a model: \(reason)"
        case .quotaExceeded(let agent, let limit, let spent, let resetsBy):
            "agent \(agent) is over its budget: \(limit), spent \(spent) in the rolling window; it frees up as usage ages out, at the latest \(resetsBy.formatted(.iso8601))"
        case .turnHung(let agent, let seconds):
            "agent \(agent)'s turn made no progress for \(seconds) s and was cancelled (interrupted; the session is intact)"
        case .shuttingDown: "the kernel is shutting down and takes no new work"
        case .forbidden(let caller, let action, let needed, let has):
            "\(caller) may not \(action): it needs the \(needed) role" + (has.map { " (has \($0))" } ?? " and is not a known user ([[users]] in config.toml)")
        case .boot(let stage, let reason): "boot failed while \(stage.rawValue): \(reason)"
        case .turnFailed(let agent, let reason): "agent \(agent)'s turn failed: \(reason)"
        case .schedule(let problem), .unknownCronJob(let problem), .invalidTriggerPattern(let problem): problem
        }
    }
}
