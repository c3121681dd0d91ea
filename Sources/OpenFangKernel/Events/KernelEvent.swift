import FoundationEssentials
import OpenFangTypes

/// Something that happened in the kernel, as subscribers see it.
public struct KernelEvent: Sendable, Hashable {
    /// What kind of thing happened.
    public enum Kind: Sendable, Hashable {
        /// An agent was spawned.
        case agentSpawned
        /// An agent changed state.
        case agentStateChanged
        /// An agent finished a turn.
        case agentMessage
        /// A custom event an agent published (`event_publish`), with its type.
        case custom(String)
        /// A budget threshold was crossed.
        case budget
        /// A cron job fired.
        case cron
        /// An approval was requested or decided.
        case approval
        /// The daemon started or is stopping.
        case system
    }

    /// The kind.
    public var kind: Kind
    /// The agent it concerns or that published it.
    public var agent: AgentID?
    /// Details.
    public var payload: JSONValue
    /// When it happened.
    public var at: Date

    /// Creates an event.
    public init(kind: Kind, agent: AgentID?, payload: JSONValue = .object([:]), at: Date = Date()) {
        self.kind = kind
        self.agent = agent
        self.payload = payload
        self.at = at
    }
}
