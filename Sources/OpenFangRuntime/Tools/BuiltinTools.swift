import OpenFangTypes

/// Every built-in tool of the runtime, registered once; agents see the subset their
/// permissions allow.
public enum BuiltinTools {
    /// A registry holding every built-in tool, wired to `services`.
    public static func registry(_ services: BuiltinToolServices) -> ToolRegistry {
        let fetch = services.web.fetch
        let fetcher = WebFetcher(
            guardrail: SSRFGuard(allowedHosts: fetch.ssrfAllowedHosts, resolve: services.resolve), maxResponseBytes: fetch.maxResponseBytes,
            timeout: .seconds(max(fetch.timeoutSecs, 1)))
        let cache = WebCache(ttl: .seconds(services.web.cacheTTLMinutes * 60))
        let processes = services.processes
        let tools: [any Tool] = [
            FileReadTool(), FileWriteTool(), FileListTool(), CreateDirectoryTool(), ApplyPatchTool(),
            ShellExecTool(), ProcessStartTool(manager: processes), ProcessPollTool(manager: processes), ProcessWriteTool(manager: processes),
            ProcessKillTool(manager: processes), ProcessListTool(manager: processes),
            WebFetchTool(fetcher: fetcher, config: fetch, cache: cache),
            WebSearchTool(fetcher: fetcher, config: services.web, cache: cache, endpoints: services.searchEndpoints, environment: services.environment),
            MemoryStoreTool(), MemoryRecallTool(), MemorySearchTool(embedder: services.embedder),
            KnowledgeAddEntityTool(), KnowledgeAddRelationTool(), KnowledgeQueryTool(), SystemTimeTool(),
            AgentSendTool(), AgentSpawnTool(), AgentListTool(), AgentKillTool(), AgentFindTool(),
            TaskPostTool(), TaskClaimTool(), TaskCompleteTool(), TaskListTool(), EventPublishTool(),
        ]
        var registry = ToolRegistry()
        for tool in tools { registry.register(tool) }
        return registry
    }
}
