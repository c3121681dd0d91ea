import Foundation
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// The orchestration hub: the agent registry (persisted, same ids across restarts), one mailbox
/// per agent, and the composition of drivers, tools and memory for each turn. It never talks to a
/// model itself; it hands a turn to `AgentLoop`.
public actor Kernel {
    /// The home it runs in.
    public nonisolated let home: OpenFangHome
    /// The configuration it booted with.
    public nonisolated let config: KernelConfig
    /// The database.
    public nonisolated let store: SQLiteMemoryStore
    let environment: [String: String]
    let http: ProviderHTTPClient
    let cooldown = ProviderCooldown()
    let processes = ProcessManager()
    let tools: ToolRegistry
    /// Lifecycle, message and custom events, for subscribers (triggers, the API's streams).
    public nonisolated let events = EventBus()
    /// Tool calls waiting for a person.
    public nonisolated let approvals: ApprovalCenter
    var agents: [AgentID: RegisteredAgent] = [:]
    var mailboxes: [AgentID: AgentMailbox] = [:]

    /// Boots: opens the database and restores every registered agent with its id.
    public static func boot(config: KernelConfig, home: OpenFangHome, environment: [String: String]) async throws -> Kernel {
        let store = try await SQLiteMemoryStore.open(path: config.databasePath(home: home))
        let kernel = Kernel(config: config, home: home, environment: environment, store: store)
        do {
            try await kernel.restoreAgents()
        } catch {
            await kernel.shutdown()
            throw error
        }
        return kernel
    }

    init(config: KernelConfig, home: OpenFangHome, environment: [String: String], store: SQLiteMemoryStore) {
        self.config = config
        self.home = home
        self.environment = environment
        self.store = store
        self.approvals = ApprovalCenter(config: config.approval, audit: store, events: events)
        self.http = ProviderHTTPClient()
        self.tools = BuiltinTools.registry(
            BuiltinToolServices(processes: processes, web: config.web, environment: { [environment] in environment[$0] }))
    }

    /// Stops every process and closes the database.
    public func shutdown() async {
        events.finish()
        await processes.shutdown()
        await http.shutdown()
        await store.close()
    }

    /// Loads the stored agents; a manifest that no longer parses marks its agent crashed.
    func restoreAgents() async throws {
        for record in try await store.agentRecords() {
            let parsed = AgentManifest.parse(record.manifest, file: "agent \(record.name)")
            guard let manifest = parsed.value, !parsed.hasErrors else {
                try await store.setAgentState(AgentState.crashed.rawValue, of: record.id)
                continue
            }
            agents[record.id] = RegisteredAgent(record: record, manifest: manifest, permissions: permissions(for: manifest))
        }
    }

    /// The permissions a manifest grants under this configuration.
    func permissions(for manifest: AgentManifest) -> AgentPermissions {
        AgentPermissions(manifest: manifest, execPolicy: config.execPolicy, approvalRequired: config.approval.requireApproval)
    }

    /// Registers a new agent from `agent.toml` text (`file` names it in errors) and starts it.
    public func spawn(source: String, file: String, parent: AgentID? = nil) async throws -> AgentSummary {
        let parsed = AgentManifest.parse(source, file: file)
        guard let manifest = parsed.value, !parsed.hasErrors else {
            throw KernelError.invalidManifest(TOMLValueDecoder.ordered(parsed.issues).filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
        }
        guard !agents.values.contains(where: { $0.record.name == manifest.name }) else { throw KernelError.duplicateName(manifest.name) }
        let now = Date()
        let record = AgentRecord(id: .random(), name: manifest.name, manifest: source, state: AgentState.running.rawValue, parentID: parent, createdAt: now, updatedAt: now)
        try await store.saveAgent(record)
        try FileManager.default.createDirectory(atPath: workspacePath(for: manifest), withIntermediateDirectories: true)
        let agent = RegisteredAgent(record: record, manifest: manifest, permissions: permissions(for: manifest))
        agents[record.id] = agent
        try await store.appendAudit(AuditEntry(
            actor: parent.map { "agent:\($0)" } ?? "user", action: "agent.spawn", subject: "agent:\(record.id)", detail: .object(["name": .string(record.name)])))
        events.publish(KernelEvent(kind: .agentSpawned, agent: record.id, payload: .object(["name": .string(record.name)])))
        return agent.summary
    }

    /// The agent a name or id refers to.
    public func summary(of nameOrID: String) -> AgentSummary? { find(nameOrID)?.summary }

    /// Every agent, oldest first.
    public func summaries() -> [AgentSummary] {
        agents.values.sorted { $0.record.createdAt < $1.record.createdAt }.map(\.summary)
    }

    /// Changes an agent's state (suspend, resume, terminate), persisted.
    public func setState(_ state: AgentState, of nameOrID: String) async throws {
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        try await store.setAgentState(state.rawValue, of: agent.record.id)
        agents[agent.record.id]?.record.state = state.rawValue
        try await store.appendAudit(AuditEntry(
            actor: "user", action: "agent.state", subject: "agent:\(agent.record.id)", detail: .object(["from": .string(agent.record.state), "to": .string(state.rawValue)])))
        events.publish(KernelEvent(kind: .agentStateChanged, agent: agent.record.id, payload: .object(["state": .string(state.rawValue)])))
    }

    func find(_ nameOrID: String) -> RegisteredAgent? {
        if let id = AgentID(nameOrID), let agent = agents[id] { return agent }
        return agents.values.first { $0.record.name == nameOrID }
    }

    func unknown(_ nameOrID: String) -> KernelError {
        .unknownAgent(nameOrID, known: agents.values.map(\.record.name).sorted())
    }

    /// The workspace folder (keyed by name, so re-creating an agent keeps its files).
    func workspacePath(for manifest: AgentManifest) -> String {
        if let explicit = manifest.workspace, !explicit.isEmpty { return explicit }
        return home.workspacesDirectory + "/" + manifest.name
    }

    func mailbox(for agent: AgentID) -> AgentMailbox {
        if let existing = mailboxes[agent] { return existing }
        let created = AgentMailbox()
        mailboxes[agent] = created
        return created
    }
}
