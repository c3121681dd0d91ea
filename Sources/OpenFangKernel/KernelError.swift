import Foundation
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
        }
    }
}
