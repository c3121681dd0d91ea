import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel {
    /// Changes an agent's name, description, system prompt or model, all or nothing: every field
    /// is checked and the stored manifest rewritten (comments kept) and re-parsed before anything
    /// is saved; then the live agent changes and the change is audited. A renamed agent keeps its
    /// workspace folder (the manifest pins it with `workspace`). Throws `duplicateName`,
    /// ``ModelChoiceError``, or `invalidManifest` naming the field.
    @discardableResult
    public func update(_ nameOrID: String, with update: AgentUpdate, as caller: Caller = .local) async throws -> AgentSummary {
        try access.authorize(caller, .spawnAgent)
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        guard !update.isEmpty else { return agent.summary }
        var record = agent.record
        var edits: [([String], String)] = []
        if let name = update.name, name != record.name {
            if let problem = AgentNameRule.problem(with: name) { throw KernelError.invalidManifest("name: \(problem)") }
            guard !agents.values.contains(where: { $0.record.name == name }) else { throw KernelError.duplicateName(name) }
            edits.append((["name"], name))
            if agent.manifest.workspace?.isEmpty ?? true { edits.append((["workspace"], workspacePath(for: agent.manifest))) }
            record.name = name
        }
        if let description = update.description { edits.append((["description"], description)) }
        if let prompt = update.systemPrompt { edits.append((["model", "system_prompt"], prompt)) }
        let planned = try update.model.map { try plannedModel($0, for: agent) }
        do {
            for (path, value) in edits {
                record.manifest = try TOMLEditor.setting(path, to: TOMLWriter.quoted(value), in: record.manifest)
            }
            if let planned { record.manifest = try planned.rewrite(record.manifest) }
        } catch {
            throw KernelError.invalidManifest("the stored manifest of \(agent.record.name) cannot be edited: \(error)")
        }
        let parsed = AgentManifest.parse(record.manifest, file: "agent \(agent.record.name)")
        guard let manifest = parsed.value, !parsed.hasErrors else {
            throw KernelError.invalidManifest(TOMLValueDecoder.ordered(parsed.issues).filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
        }
        try await store.saveAgent(record)
        var live = agent
        (live.record, live.manifest) = (record, manifest)
        // A model switched for this boot only (`setModel` without persist) stays unless replaced.
        live.manifest.model = planned?.model ?? agent.manifest.model
        live.manifest.model.systemPrompt = manifest.model.systemPrompt
        agents[record.id] = live
        var detail: [String: JSONValue] = ["changed": .array(
            [("name", update.name), ("description", update.description), ("system_prompt", update.systemPrompt), ("model", update.model)]
                .filter { $0.1 != nil }.map { .string($0.0) })]
        if update.name != nil { detail["from_name"] = .string(agent.record.name) }
        try await store.appendAudit(AuditEntry(
            actor: caller == .local ? "user" : caller.description, action: "agent.update", subject: "agent:\(record.id)", detail: .object(detail)))
        return live.summary
    }
}
