import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

/// What the built-in tools share: the process table, web settings and cache, the search
/// endpoints, where API keys come from, and the embedder for memory search.
public struct BuiltinToolServices: Sendable {
    /// Long-running processes of every agent (the kernel calls `shutdown` on stop).
    public var processes: ProcessManager
    /// `[web]`.
    public var web: WebConfig
    /// Where the search services live.
    public var searchEndpoints: SearchEndpoints
    /// Looks up API keys by variable name.
    public var environment: @Sendable (String) -> String?
    /// Resolves host names for the SSRF guard.
    public var resolve: @Sendable (String) throws -> [IPAddress]
    /// Embeds text for `memory_search`.
    public var embedder: (any Embedder)?

    /// Services with the process environment and the system resolver.
    public init(
        processes: ProcessManager = ProcessManager(), web: WebConfig = .defaults, searchEndpoints: SearchEndpoints = SearchEndpoints(),
        environment: @escaping @Sendable (String) -> String? = { ProcessInfo.processInfo.environment[$0] },
        resolve: @escaping @Sendable (String) throws -> [IPAddress] = SystemResolver.resolve, embedder: (any Embedder)? = nil
    ) {
        self.processes = processes
        self.web = web
        self.searchEndpoints = searchEndpoints
        self.environment = environment
        self.resolve = resolve
        self.embedder = embedder
    }
}
