/// `[capabilities]`: what an agent is allowed to touch, as patterns.
public struct ManifestCapabilities: ConfigSection {
    /// Host patterns for outbound network (`api.github.com`, `*.example.com`, `*`).
    public var network: [String]
    /// Tool names (`*` = all). Empty with no profile means the profile default, never all.
    public var tools: [String]
    /// Memory namespaces it may read (`self.*`, `shared.*`, `*`).
    public var memoryRead: [String]
    /// Memory namespaces it may write.
    public var memoryWrite: [String]
    /// May spawn child agents.
    public var agentSpawn: Bool
    /// Agents it may message (names or patterns).
    public var agentMessage: [String]
    /// Shell command patterns (`git *`, `cargo *`).
    public var shell: [String]
    /// May discover OFP peers.
    public var ofpDiscover: Bool
    /// OFP peers it may connect to.
    public var ofpConnect: [String]

    /// OpenFang's defaults: nothing granted.
    public static let defaults = ManifestCapabilities(
        network: [], tools: [], memoryRead: [], memoryWrite: [], agentSpawn: false, agentMessage: [], shell: [],
        ofpDiscover: false, ofpConnect: [])

    enum CodingKeys: String, CodingKey {
        case network, tools, shell
        case memoryRead = "memory_read"
        case memoryWrite = "memory_write"
        case agentSpawn = "agent_spawn"
        case agentMessage = "agent_message"
        case ofpDiscover = "ofp_discover"
        case ofpConnect = "ofp_connect"
    }

    /// The grants these patterns stand for, in the capability model.
    public var grants: [Capability] {
        var grants: [Capability] = []
        grants += network.map { .netConnect(CapabilityPattern($0)) }
        grants += tools.map { $0 == "*" ? .toolAll : .toolInvoke(CapabilityPattern($0)) }
        grants += memoryRead.map { .memoryRead(CapabilityPattern($0)) }
        grants += memoryWrite.map { .memoryWrite(CapabilityPattern($0)) }
        if agentSpawn { grants.append(.agentSpawn) }
        grants += agentMessage.map { .agentMessage(CapabilityPattern($0)) }
        grants += shell.map { .shellExec(CapabilityPattern($0)) }
        if ofpDiscover { grants.append(.ofpDiscover) }
        grants += ofpConnect.map { .ofpConnect(CapabilityPattern($0)) }
        return grants
    }
}

extension ManifestCapabilities {
    /// Decodes the table; missing keys grant nothing.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Self.defaults
        network = try c.decode(.network, default: d.network)
        tools = try c.decode(.tools, default: d.tools)
        memoryRead = try c.decode(.memoryRead, default: d.memoryRead)
        memoryWrite = try c.decode(.memoryWrite, default: d.memoryWrite)
        agentSpawn = try c.decode(.agentSpawn, default: d.agentSpawn)
        agentMessage = try c.decode(.agentMessage, default: d.agentMessage)
        shell = try c.decode(.shell, default: d.shell)
        ofpDiscover = try c.decode(.ofpDiscover, default: d.ofpDiscover)
        ofpConnect = try c.decode(.ofpConnect, default: d.ofpConnect)
    }
}
