import OpenFangTypes

extension AgentLoop {
    /// One agent's settings for its turns.
    public struct Configuration: Sendable {
        /// The agent.
        public var agentID: AgentID
        /// Its name.
        public var agentName: String
        /// The model id as the provider knows it.
        public var model: String
        /// The agent's own system prompt.
        public var systemPrompt: String
        /// Largest reply per call.
        public var maxTokens: Int
        /// Sampling temperature.
        public var temperature: Double?
        /// Extended-thinking budget, when on.
        public var thinkingBudget: Int?
        /// The model's context window in tokens.
        public var contextWindow: Int
        /// LLM calls per turn at most.
        public var maxIterations: Int
        /// "Please continue" rounds after hitting the token limit, at most.
        public var maxContinuations: Int
        /// History messages sent to the model at most.
        public var maxHistoryMessages: Int
        /// Memories recalled into the prompt.
        public var recallLimit: Int
        /// Whether each turn is remembered as an episodic memory.
        public var rememberTurns: Bool
        /// What the agent may do.
        public var permissions: AgentPermissions
        /// The agent's workspace.
        public var workspace: WorkspaceSandbox?
        /// Time limit for most tools.
        public var toolTimeout: Duration
        /// Time limit for `agent_send`/`agent_spawn`.
        public var agentToolTimeout: Duration
        /// When to compact the session.
        public var compaction: CompactionPolicy
        /// Loop-guard thresholds.
        public var loopGuard: LoopGuard.Configuration

        /// Settings from a manifest; `model` is the resolved provider model id.
        public init(
            agentID: AgentID, manifest: AgentManifest, model: String, contextWindow: Int = 200_000, permissions: AgentPermissions,
            workspace: WorkspaceSandbox? = nil
        ) {
            self.agentID = agentID
            self.agentName = manifest.name
            self.model = Self.stripProviderPrefix(model)
            self.systemPrompt = manifest.model.systemPrompt
            self.maxTokens = manifest.model.maxTokens
            self.temperature = manifest.model.temperature
            self.thinkingBudget = nil
            self.contextWindow = contextWindow
            self.maxIterations = manifest.autonomous?.maxIterations ?? 50
            self.maxContinuations = 5
            self.maxHistoryMessages = manifest.effectiveMaxHistoryMessages
            self.recallLimit = 5
            self.rememberTurns = true
            self.permissions = permissions
            self.workspace = workspace
            self.toolTimeout = .seconds(120)
            self.agentToolTimeout = .seconds(600)
            self.compaction = CompactionPolicy()
            var guardConfiguration = LoopGuard.Configuration()
            if maxIterations > 30 { guardConfiguration.circuitBreakAt = 3 * maxIterations }
            self.loopGuard = guardConfiguration
        }

        /// `provider/model` and `provider:model` become `model`.
        static func stripProviderPrefix(_ model: String) -> String {
            for separator: Character in ["/", ":"] {
                if let index = model.firstIndex(of: separator), ProviderInfo.builtin.contains(where: { $0.id == model[..<index] }) {
                    return String(model[model.index(after: index)...])
                }
            }
            return model
        }

        /// Tools with the long time limit.
        static let agentTools: Set<String> = ["agent_send", "agent_spawn"]

        /// The time limit for `tool`.
        func timeout(for tool: String) -> Duration {
            Self.agentTools.contains(tool) ? agentToolTimeout : toolTimeout
        }
    }
}
