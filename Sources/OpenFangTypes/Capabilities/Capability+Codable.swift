extension Capability: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, value
    }

    private static let patternKinds: [String: @Sendable (CapabilityPattern) -> Capability] = [
        "file_read": Capability.fileRead, "file_write": Capability.fileWrite, "net_connect": Capability.netConnect,
        "tool_invoke": Capability.toolInvoke, "llm_query": Capability.llmQuery, "agent_message": Capability.agentMessage,
        "agent_kill": Capability.agentKill, "memory_read": Capability.memoryRead, "memory_write": Capability.memoryWrite,
        "shell_exec": Capability.shellExec, "env_read": Capability.envRead, "ofp_connect": Capability.ofpConnect,
        "econ_transfer": Capability.econTransfer,
    ]

    private static let unitKinds: [String: Capability] = [
        "tool_all": .toolAll, "agent_spawn": .agentSpawn, "ofp_discover": .ofpDiscover, "ofp_advertise": .ofpAdvertise,
        "econ_earn": .econEarn,
    ]

    /// Decodes `{type, value?}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .type)
        if let make = Self.patternKinds[kind] {
            self = make(try c.decode(CapabilityPattern.self, forKey: .value))
        } else if let unit = Self.unitKinds[kind] {
            self = unit
        } else if kind == "net_listen" {
            self = .netListen(port: try c.decode(Int.self, forKey: .value))
        } else if kind == "llm_max_tokens" {
            self = .llmMaxTokens(try c.decode(Int.self, forKey: .value))
        } else if kind == "econ_spend" {
            self = .econSpend(try c.decode(Double.self, forKey: .value))
        } else {
            let known = (Array(Self.patternKinds.keys) + Array(Self.unitKinds.keys)).sorted()
            throw decoder.failure(
                "unknown capability type \"\(kind)\""
                    + (KeySuggestion.nearest(to: kind, in: known).map { " (did you mean \"\($0)\"?)" } ?? ""))
        }
    }

    /// Encodes `{type, value?}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .type)
        switch self {
        case .netListen(let port): try c.encode(port, forKey: .value)
        case .llmMaxTokens(let limit): try c.encode(limit, forKey: .value)
        case .econSpend(let amount): try c.encode(amount, forKey: .value)
        default: try c.encodeIfPresent(pattern, forKey: .value)
        }
    }
}
