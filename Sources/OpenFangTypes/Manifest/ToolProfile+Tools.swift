extension ToolProfile {
    /// The tools this profile grants (OpenFang's lists; `full` and `custom` grant `*`).
    public var tools: [String] {
        switch self {
        case .minimal: ["file_read", "file_list"]
        case .coding: ["file_read", "file_write", "file_list", "shell_exec", "web_fetch"]
        case .research: ["web_fetch", "web_search", "file_read", "file_write"]
        case .messaging: ["agent_send", "agent_list", "memory_store", "memory_recall"]
        case .automation:
            [
                "file_read", "file_write", "file_list", "shell_exec", "web_fetch", "web_search", "agent_send",
                "agent_list", "memory_store", "memory_recall",
            ]
        case .full, .custom: ["*"]
        }
    }

    /// The capabilities the profile's tools need: network for web tools, shell for `shell_exec`,
    /// messaging for agent tools, shared memory reads for memory tools; writes stay in `self.*` (`full` and `custom` write anywhere).
    public var impliedCapabilities: ManifestCapabilities {
        let tools = self.tools
        let all = tools.contains("*")
        let network = all || tools.contains { $0.hasPrefix("web_") }
        let shell = all || tools.contains("shell_exec")
        let agents = all || tools.contains { $0.hasPrefix("agent_") }
        let memory = all || tools.contains { $0.hasPrefix("memory_") }
        var capabilities = ManifestCapabilities.defaults
        capabilities.tools = tools
        capabilities.network = network ? ["*"] : []
        capabilities.shell = shell ? ["*"] : []
        capabilities.agentSpawn = agents
        capabilities.agentMessage = agents ? ["*"] : []
        capabilities.memoryRead = memory ? ["*"] : ["self.*"]
        capabilities.memoryWrite = all ? ["*"] : ["self.*"]
        return capabilities
    }
}
