/// One permission an agent holds, as in OpenFang's capability model (serialised as
/// `{"type": "net_connect", "value": "api.github.com"}`).
public enum Capability: Sendable, Hashable {
    case fileRead(CapabilityPattern)
    case fileWrite(CapabilityPattern)
    case netConnect(CapabilityPattern)
    case netListen(port: Int)
    case toolInvoke(CapabilityPattern)
    case toolAll
    case llmQuery(CapabilityPattern)
    case llmMaxTokens(Int)
    case agentSpawn
    case agentMessage(CapabilityPattern)
    case agentKill(CapabilityPattern)
    case memoryRead(CapabilityPattern)
    case memoryWrite(CapabilityPattern)
    case shellExec(CapabilityPattern)
    case envRead(CapabilityPattern)
    case ofpDiscover
    case ofpConnect(CapabilityPattern)
    case ofpAdvertise
    case econSpend(Double)
    case econEarn
    case econTransfer(CapabilityPattern)

    /// Whether holding `self` implies holding `other` (same kind, pattern covering, limit not lower).
    public func covers(_ other: Capability) -> Bool {
        switch (self, other) {
        case (.toolAll, .toolAll), (.toolAll, .toolInvoke), (.agentSpawn, .agentSpawn), (.ofpDiscover, .ofpDiscover),
            (.ofpAdvertise, .ofpAdvertise), (.econEarn, .econEarn):
            return true
        case (.netListen(let a), .netListen(let b)): return a == b
        case (.llmMaxTokens(let a), .llmMaxTokens(let b)): return a >= b
        case (.econSpend(let a), .econSpend(let b)): return a >= b
        default:
            guard let mine = pattern, let theirs = other.pattern, kind == other.kind else { return false }
            return mine.covers(theirs)
        }
    }

    /// The pattern of a pattern-carrying capability.
    public var pattern: CapabilityPattern? {
        switch self {
        case .fileRead(let p), .fileWrite(let p), .netConnect(let p), .toolInvoke(let p), .llmQuery(let p),
            .agentMessage(let p), .agentKill(let p), .memoryRead(let p), .memoryWrite(let p), .shellExec(let p),
            .envRead(let p), .ofpConnect(let p), .econTransfer(let p):
            return p
        default:
            return nil
        }
    }

    /// The snake_case kind name used on the wire (`net_connect`).
    public var kind: String {
        switch self {
        case .fileRead: "file_read"
        case .fileWrite: "file_write"
        case .netConnect: "net_connect"
        case .netListen: "net_listen"
        case .toolInvoke: "tool_invoke"
        case .toolAll: "tool_all"
        case .llmQuery: "llm_query"
        case .llmMaxTokens: "llm_max_tokens"
        case .agentSpawn: "agent_spawn"
        case .agentMessage: "agent_message"
        case .agentKill: "agent_kill"
        case .memoryRead: "memory_read"
        case .memoryWrite: "memory_write"
        case .shellExec: "shell_exec"
        case .envRead: "env_read"
        case .ofpDiscover: "ofp_discover"
        case .ofpConnect: "ofp_connect"
        case .ofpAdvertise: "ofp_advertise"
        case .econSpend: "econ_spend"
        case .econEarn: "econ_earn"
        case .econTransfer: "econ_transfer"
        }
    }

    /// The grants in `child` that no grant in `parent` covers: empty when a parent may hand
    /// all of them to a child it spawns.
    public static func uncovered(_ child: [Capability], by parent: [Capability]) -> [Capability] {
        child.filter { wanted in !parent.contains { $0.covers(wanted) } }
    }
}
