import FoundationEssentials
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
    /// When it booted.
    public nonisolated let startedAt = Date()
    /// The database.
    public nonisolated let store: SQLiteMemoryStore
    /// The process environment it resolves provider keys from.
    public nonisolated let environment: [String: String]
    let http: ProviderHTTPClient
    let cooldown = ProviderCooldown()
    let processes = ProcessManager()
    let tools: ToolRegistry
    /// Lifecycle, message and custom events, for subscribers (triggers, the API's streams).
    public nonisolated let events = EventBus()
    /// Tool calls waiting for a person.
    public nonisolated let approvals: ApprovalCenter
    /// Turns running now, each under a watchdog.
    nonisolated let turns = TurnRegistry()
    let access: AccessPolicy
    var agents: [AgentID: RegisteredAgent] = [:]
    var mailboxes: [AgentID: AgentMailbox] = [:]
    /// Set by `stop()`: no new turns.
    var stopping = false
    /// Jobs with a run in progress (a job never overlaps itself).
    var runningJobs: Set<CronJobID> = []
    /// Crashed agents waiting for their restart.
    var restarts: [AgentID: RestartRecord] = [:]
    /// Limits past the alert threshold, per agent (shown in its status).
    var budgetWarnings: [AgentID: [String]] = [:]

    /// Boots in named stages (the caller has loaded the configuration and starts the services):
    /// opens the database, builds the drivers and checks the default model, restores every
    /// registered agent with its id. A failure is `KernelError.boot` naming the stage.
    public static func boot(config: KernelConfig, home: OpenFangHome, environment: [String: String]) async throws -> Kernel {
        let store: SQLiteMemoryStore
        do {
            store = try await SQLiteMemoryStore.open(path: config.databasePath(home: home))
        } catch {
            throw KernelError.boot(.openDatabase, "\(error)")
        }
        let kernel = Kernel(config: config, home: home, environment: environment, store: store)
        do {
            try await kernel.restoreAgents()
        } catch {
            await kernel.shutdown()
            throw KernelError.boot(.restoreAgents, "\(error)")
        }
        return kernel
    }

    /// Why the default model cannot be used yet (no key, no local server), or nil when it can:
    /// the daemon still starts, and agents answer with what to set.
    public nonisolated var defaultModelProblem: String? {
        do {
            _ = try ProviderResolver(config: config, environment: environment).resolve(provider: "default", model: "default")
            return nil
        } catch {
            return error.description
        }
    }

    init(config: KernelConfig, home: OpenFangHome, environment: [String: String], store: SQLiteMemoryStore) {
        self.config = config
        self.home = home
        self.environment = environment
        self.store = store
        self.approvals = ApprovalCenter(config: config.approval, audit: store, events: events)
        self.access = AccessPolicy(users: config.users)
        self.http = ProviderHTTPClient()
        self.tools = BuiltinTools.registry(
            BuiltinToolServices(processes: processes, web: config.web, environment: { [environment] in environment[$0] }))
    }

    /// Stops every process and closes the database (`stop()` first, for a graceful stop).
    public func shutdown() async {
        stopping = true
        turns.close(.shuttingDown)
        events.finish()
        await processes.shutdown()
        await http.shutdown()
        await store.close()
    }

    /// Loads the stored agents with their ids: those a graceful stop suspended resume, crashed
    /// ones are handed to the supervisor, and manifest schedules are installed. A manifest that no
    /// longer parses marks its agent crashed (for good: a restart cannot fix it).
    func restoreAgents() async throws {
        for var record in try await store.agentRecords() {
            let parsed = AgentManifest.parse(record.manifest, file: "agent \(record.name)")
            guard let manifest = parsed.value, !parsed.hasErrors else {
                try await store.setAgentState(AgentState.crashed.rawValue, of: record.id)
                continue
            }
            if record.resumeOnBoot, record.state == AgentState.suspended.rawValue {
                try await store.setAgentState(AgentState.running.rawValue, of: record.id)
                try await store.appendAudit(AuditEntry(
                    actor: "kernel", action: "agent.state", subject: "agent:\(record.id)",
                    detail: .object(["from": .string(record.state), "to": .string(AgentState.running.rawValue), "reason": .string("resumed at boot")])))
                record.state = AgentState.running.rawValue
                record.resumeOnBoot = false
            }
            let agent = RegisteredAgent(record: record, manifest: manifest, permissions: permissions(for: manifest))
            agents[record.id] = agent
            if agent.state == .crashed { scheduleRestart(record.id, after: Date()) }
            guard agent.state != .terminated else { continue }
            do {
                try await installManifestSchedules(for: agent)
            } catch {
                // One agent's bad schedule must not stop the daemon from booting.
                try await store.setAgentState(AgentState.crashed.rawValue, of: record.id)
                agents[record.id]?.record.state = AgentState.crashed.rawValue
                try await store.appendAudit(AuditEntry(
                    actor: "kernel", action: "agent.state", subject: "agent:\(record.id)",
                    detail: .object(["to": .string(AgentState.crashed.rawValue), "reason": .string("its schedule cannot be installed: \(error)")])))
            }
        }
    }

    /// The permissions a manifest grants under this configuration.
    func permissions(for manifest: AgentManifest) -> AgentPermissions {
        AgentPermissions(manifest: manifest, execPolicy: config.execPolicy, approvalRequired: config.approval.requireApproval)
    }

    /// Registers a new agent from `agent.toml` text (`file` names it in errors) and starts it.
    public func spawn(source: String, file: String, parent: AgentID? = nil, as caller: Caller = .local) async throws -> AgentSummary {
        guard !stopping else { throw KernelError.shuttingDown }
        try access.authorize(caller, .spawnAgent)
        let parsed = AgentManifest.parse(source, file: file)
        guard let manifest = parsed.value, !parsed.hasErrors else {
            throw KernelError.invalidManifest(TOMLValueDecoder.ordered(parsed.issues).filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
        }
        let problems = ManifestRules.issues(of: manifest, text: source, file: file).filter { $0.severity == .error }
        if !problems.isEmpty { throw KernelError.invalidManifest(problems.map(\.description).joined(separator: "\n")) }
        if let workspace = manifest.workspace, !workspace.isEmpty, !Self.isInside(workspace, home.workspacesDirectory) {
            throw KernelError.invalidManifest("\(file): workspace: \"\(workspace)\" is outside \(home.workspacesDirectory); leave it out (the agent gets workspaces/<name>) or name a folder there")
        }
        if let holder = agents.values.first(where: { $0.record.name == manifest.name }) {
            guard holder.state == .terminated else { throw KernelError.duplicateName(manifest.name) }
            try await retireName(of: holder)
        }
        let now = Date()
        let record = AgentRecord(id: .random(), name: manifest.name, manifest: source, state: AgentState.running.rawValue, parentID: parent, createdAt: now, updatedAt: now)
        try await store.saveAgent(record)
        try FileManager.default.createDirectory(atPath: workspacePath(for: manifest), withIntermediateDirectories: true)
        let agent = RegisteredAgent(record: record, manifest: manifest, permissions: permissions(for: manifest))
        agents[record.id] = agent
        do {
            try await installManifestSchedules(for: agent)
        } catch {
            // Nothing of a refused agent stays behind.
            agents[record.id] = nil
            _ = try? await store.deleteAgentRecord(record.id)
            try? await store.deleteSchedules(of: record.id)
            throw error
        }
        try await store.appendAudit(AuditEntry(
            actor: parent.map { "agent:\($0)" } ?? "user", action: "agent.spawn", subject: "agent:\(record.id)", detail: .object(["name": .string(record.name)])))
        events.publish(KernelEvent(kind: .agentSpawned, agent: record.id, payload: .object(["name": .string(record.name)])))
        return agent.summary
    }

    /// Renames a terminated agent to `name~<id prefix>` so a new agent can take its name; its
    /// sessions and history stay reachable under the new name.
    func retireName(of agent: RegisteredAgent) async throws {
        var record = agent.record
        record.name = "\(record.name)~\(record.id.description.prefix(8))"
        try await store.saveAgent(record)
        agents[record.id]?.record.name = record.name
        try await store.appendAudit(AuditEntry(
            actor: "user", action: "agent.rename", subject: "agent:\(record.id)",
            detail: .object(["from": .string(agent.record.name), "to": .string(record.name), "reason": .string("the name was reused after termination")])))
    }

    /// Whether the absolute `path` lies inside `folder` (after `.` and `..` are resolved).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        guard path.hasPrefix("/") else { return false }
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        let resolved = "/" + parts.joined(separator: "/")
        return resolved.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// The agent a name or id refers to.
    public func summary(of nameOrID: String) -> AgentSummary? { find(nameOrID)?.summary }

    /// How many agents are registered (cheap: `GET /api/health` asks on every probe).
    public var agentCount: Int { agents.count }

    /// Every agent, oldest first.
    public func summaries() -> [AgentSummary] {
        agents.values.sorted { $0.record.createdAt < $1.record.createdAt }.map(\.summary)
    }

    /// Changes an agent's state (suspend, resume, terminate), persisted; terminating removes its
    /// cron jobs and triggers.
    public func setState(_ state: AgentState, of nameOrID: String, as caller: Caller = .local) async throws {
        try access.authorize(caller, .killAgent)
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        try await transition(agent.record.id, to: state, actor: caller == .local ? "user" : caller.description, reason: nil)
        if state == .terminated { try await store.deleteSchedules(of: agent.record.id) }
        if state == .running { restarts[agent.record.id] = nil }
    }

    /// Moves an agent to `state`: persisted, audited (with who and why) and published.
    func transition(_ id: AgentID, to state: AgentState, actor: String, reason: String?, resumeOnBoot: Bool = false) async throws {
        guard let agent = agents[id] else { return }
        try await store.setAgentState(state.rawValue, of: id, resumeOnBoot: resumeOnBoot)
        agents[id]?.record.state = state.rawValue
        var detail: [String: JSONValue] = ["from": .string(agent.record.state), "to": .string(state.rawValue)]
        if let reason { detail["reason"] = .string(reason) }
        try await store.appendAudit(AuditEntry(actor: actor, action: "agent.state", subject: "agent:\(id)", detail: .object(detail)))
        events.publish(KernelEvent(kind: .agentStateChanged, agent: id, payload: .object(["state": .string(state.rawValue)] .merging(reason.map { ["reason": .string($0)] } ?? [:]) { $1 })))
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
