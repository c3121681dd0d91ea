/// The kernel's roles as the runtime calls them; each is optional so a bare runtime (tests, the
/// CLI's one-shot chat) runs without a kernel and the tools that need one say so.
public struct KernelHandle: Sendable {
    /// Agents: list, find, spawn, send, kill.
    public var agents: (any AgentDirectory)?
    /// The shared task board.
    public var tasks: (any TaskBoard)?
    /// The event bus.
    public var events: (any EventPublisher)?
    /// Human approval for gated tools.
    public var approvals: (any ApprovalGate)?

    /// Creates a handle.
    public init(agents: (any AgentDirectory)? = nil, tasks: (any TaskBoard)? = nil, events: (any EventPublisher)? = nil, approvals: (any ApprovalGate)? = nil) {
        self.agents = agents
        self.tasks = tasks
        self.events = events
        self.approvals = approvals
    }
}
