import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

extension AgentLoop {
    /// What the loop works with: every outside dependency, injected.
    public struct Environment: Sendable {
        /// The model (usually a `ResilientDriver` over the agent's driver chain).
        public var driver: any LLMDriver
        /// The tools the agent may be offered (permissions filter them further).
        public var tools: ToolRegistry
        /// Sessions, journal, memory.
        public var memory: any MemoryStore
        /// The kernel's roles (agents, tasks, events, approvals).
        public var kernel: KernelHandle
        /// Embeds text for memory recall, if configured.
        public var embedder: (any Embedder)?
        /// Measures tool timeouts.
        public var clock: any Clock<Duration>
        /// The wall clock (dates in the prompt).
        public var now: @Sendable () -> Date
        /// Called whenever the turn makes progress (an iteration starts, the model answers, tools
        /// return): the kernel's watchdog cancels a turn that stops making progress.
        public var progress: @Sendable () -> Void = {}

        /// Creates an environment.
        public init(
            driver: any LLMDriver, tools: ToolRegistry, memory: any MemoryStore, kernel: KernelHandle = KernelHandle(), embedder: (any Embedder)? = nil,
            clock: any Clock<Duration> = ContinuousClock(), now: @escaping @Sendable () -> Date = { Date() }
        ) {
            self.driver = driver
            self.tools = tools
            self.memory = memory
            self.kernel = kernel
            self.embedder = embedder
            self.clock = clock
            self.now = now
        }
    }
}
