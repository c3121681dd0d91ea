import OpenFangTypes

/// What one agent may do, resolved once from its manifest and checked on every tool call: tool
/// names, shell commands, network hosts, memory namespaces, messaging targets and spawning.
/// Every refusal names the rule that refused it.
public struct AgentPermissions: Sendable {
    /// The capabilities in force (profile expanded, explicit entries kept).
    public var capabilities: ManifestCapabilities
    /// Where the tool list came from, for denial messages (`capabilities.tools`, `profile "coding"`, …).
    public var toolSource: String
    /// The exec policy for `shell_exec` (the agent's own or the config's).
    public var execPolicy: ExecPolicyConfig
    /// Tools the manifest removed with `tool_blocklist`.
    public var blockedTools: Set<String>
    /// Tools that need a human's approval before they run.
    public var approvalRequired: Set<String>

    /// Resolves a manifest: tools from `capabilities.tools`; when that is empty, from `profile`
    /// (and its implied capabilities fill the lists the manifest left empty); with neither, the
    /// `minimal` profile's tools — never all tools.
    public init(manifest: AgentManifest, execPolicy: ExecPolicyConfig = .defaults, approvalRequired: [String] = ["shell_exec"]) {
        var capabilities = manifest.capabilities
        if capabilities.tools.isEmpty {
            let profile = manifest.profile ?? .minimal
            toolSource = manifest.profile.map { "profile \"\($0.rawValue)\"" } ?? "no capabilities.tools and no profile, so the minimal profile"
            if manifest.profile != nil {
                let implied = profile.impliedCapabilities
                if capabilities.network.isEmpty { capabilities.network = implied.network }
                if capabilities.shell.isEmpty { capabilities.shell = implied.shell }
                if capabilities.memoryRead.isEmpty { capabilities.memoryRead = implied.memoryRead }
                if capabilities.memoryWrite.isEmpty { capabilities.memoryWrite = implied.memoryWrite }
                if capabilities.agentMessage.isEmpty { capabilities.agentMessage = implied.agentMessage }
                capabilities.agentSpawn = capabilities.agentSpawn || implied.agentSpawn
            }
            capabilities.tools = profile.tools
        } else {
            toolSource = "capabilities.tools"
        }
        if !manifest.toolAllowlist.isEmpty {
            capabilities.tools = capabilities.tools.contains("*")
                ? manifest.toolAllowlist : capabilities.tools.filter(manifest.toolAllowlist.contains)
        }
        self.capabilities = capabilities
        self.execPolicy = manifest.execPolicy ?? execPolicy
        self.blockedTools = Set(manifest.toolBlocklist)
        self.approvalRequired = Set(approvalRequired)
    }

    /// Creates permissions from resolved parts (tests and the kernel's system agents).
    public init(
        capabilities: ManifestCapabilities, execPolicy: ExecPolicyConfig = .defaults, blockedTools: Set<String> = [],
        approvalRequired: Set<String> = [], toolSource: String = "capabilities.tools"
    ) {
        self.capabilities = capabilities
        self.execPolicy = execPolicy
        self.blockedTools = blockedTools
        self.approvalRequired = approvalRequired
        self.toolSource = toolSource
    }

    /// Whether the agent may call the tool `name` (canonical), or the rule that forbids it.
    public func checkTool(_ name: String) -> PermissionDenial? {
        if blockedTools.contains(name) {
            return PermissionDenial(action: "tool \(name)", rule: "tool_blocklist contains \"\(name)\"")
        }
        if name == "shell_exec", execPolicy.mode == .deny {
            return PermissionDenial(action: "tool shell_exec", rule: "exec_policy mode is deny")
        }
        if capabilities.tools.contains(where: { $0 == "*" || CapabilityPattern($0).matches(name) }) { return nil }
        return PermissionDenial(action: "tool \(name)", rule: "\(toolSource) = \(Self.list(capabilities.tools)) does not include it")
    }

    /// Whether the tool `name` is offered to the model at all.
    public func offers(_ name: String) -> Bool { checkTool(name) == nil }

    /// Whether every command of `line` may run under the exec policy and `capabilities.shell`.
    public func checkShell(_ line: String) -> PermissionDenial? {
        let policy = ShellPolicy(execPolicy: execPolicy, capabilities: capabilities.shell.map { CapabilityPattern($0) })
        if case .deny(let reason) = policy.check(line) {
            return PermissionDenial(action: "shell command \"\(line)\"", rule: reason)
        }
        return nil
    }

    /// Whether the agent may reach `host` (`capabilities.network` host patterns).
    public func checkHost(_ host: String) -> PermissionDenial? {
        let host = host.lowercased()
        if capabilities.network.contains(where: { Self.hostMatches(pattern: $0, host: host) }) { return nil }
        return PermissionDenial(action: "network access to \(host)", rule: "capabilities.network = \(Self.list(capabilities.network))")
    }

    /// Whether the agent may read the memory key `scoped` (`self.notes`, `shared.team`).
    public func checkMemoryRead(_ scoped: String) -> PermissionDenial? {
        if capabilities.memoryRead.contains(where: { CapabilityPattern($0).matches(scoped) }) { return nil }
        return PermissionDenial(action: "reading memory \(scoped)", rule: "capabilities.memory_read = \(Self.list(capabilities.memoryRead))")
    }

    /// Whether the agent may write the memory key `scoped`.
    public func checkMemoryWrite(_ scoped: String) -> PermissionDenial? {
        if capabilities.memoryWrite.contains(where: { CapabilityPattern($0).matches(scoped) }) { return nil }
        return PermissionDenial(action: "writing memory \(scoped)", rule: "capabilities.memory_write = \(Self.list(capabilities.memoryWrite))")
    }

    /// Whether the agent may message the agent named `name` (or with id `id`).
    public func checkMessage(to name: String, id: String) -> PermissionDenial? {
        if capabilities.agentMessage.contains(where: { CapabilityPattern($0).matches(name) || CapabilityPattern($0).matches(id) }) { return nil }
        return PermissionDenial(action: "messaging agent \(name)", rule: "capabilities.agent_message = \(Self.list(capabilities.agentMessage))")
    }

    /// Whether the agent may spawn a child holding `child`'s permissions: it needs `agent_spawn`,
    /// and every capability of the child must be covered by one of its own.
    public func checkSpawn(child: AgentPermissions) -> PermissionDenial? {
        guard capabilities.agentSpawn else {
            return PermissionDenial(action: "spawning an agent", rule: "capabilities.agent_spawn = false")
        }
        var childGrants = child.capabilities.grants
        var parentGrants = capabilities.grants
        // Tool lists compare as resolved names, so a profile expansion is judged by what it grants.
        childGrants.removeAll { if case .toolInvoke = $0 { true } else { $0 == .toolAll } }
        parentGrants.removeAll { if case .toolInvoke = $0 { true } else { $0 == .toolAll } }
        let missing = Capability.uncovered(childGrants, by: parentGrants)
        if let first = missing.first {
            return PermissionDenial(action: "spawning an agent with \(first.kind) \(first.pattern?.text ?? "")", rule: "the child may not hold a capability its parent lacks")
        }
        let parentAll = capabilities.tools.contains("*")
        for tool in child.capabilities.tools where !parentAll {
            if tool == "*" || checkTool(tool) != nil {
                return PermissionDenial(action: "spawning an agent with tool \(tool)", rule: "the child may not hold a capability its parent lacks (parent \(toolSource) = \(Self.list(capabilities.tools)))")
            }
        }
        if child.execPolicy.mode.rank > execPolicy.mode.rank {
            return PermissionDenial(action: "spawning an agent with exec_policy \(child.execPolicy.mode.rawValue)", rule: "the child's exec_policy may not be looser than the parent's (\(execPolicy.mode.rawValue))")
        }
        return nil
    }

    /// `*`, exact host, `*.domain` (the domain itself and its subdomains), with an optional `:port`.
    static func hostMatches(pattern: String, host: String) -> Bool {
        let pattern = pattern.lowercased()
        if pattern == "*" { return true }
        let bare = pattern.split(separator: ":").first.map(String.init) ?? pattern
        if bare.hasPrefix("*.") {
            let domain = String(bare.dropFirst(2))
            return host == domain || host.hasSuffix("." + domain)
        }
        return bare == host
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
}
