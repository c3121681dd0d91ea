import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

extension Kernel {
    /// Gives an agent a fresh, empty canonical session, so its next `send` starts without
    /// history; the previous session is kept (`openfang sessions`). A turn in progress finishes
    /// on the old session first.
    @discardableResult
    public func startNewSession(for nameOrID: String) async throws -> SessionID {
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        let (store, id) = (self.store, agent.record.id)
        let session = try await mailbox(for: id).run { try await store.startCanonicalSession(for: id) }
        try await store.appendAudit(AuditEntry(
            actor: "user", action: "session.new", subject: "agent:\(id)", detail: .object(["session": .string(session.id.description)])))
        return session.id
    }

    /// Switches an agent's model to `spec` (`provider/model`, a catalog model id or alias, or
    /// `default`) and returns the `provider/model` now in force. Unless `persist`, the change lives
    /// as long as this kernel: the stored manifest is not rewritten, so the next boot restores the
    /// manifest's model; with `persist`, the stored manifest's `[model]` is rewritten (comments kept).
    /// Throws ``ModelChoiceError`` naming what is wrong, before anything changes.
    @discardableResult
    public func setModel(_ spec: String, for nameOrID: String, persist: Bool = false) async throws -> String {
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        let planned = try plannedModel(spec, for: agent)
        if persist {
            var record = agent.record
            record.manifest = try planned.rewrite(record.manifest)
            try await store.saveAgent(record)
            agents[agent.record.id]?.record.manifest = record.manifest
        }
        agents[agent.record.id]?.manifest.model = planned.model
        try await store.appendAudit(AuditEntry(
            actor: "user", action: "agent.model", subject: "agent:\(agent.record.id)",
            detail: .object(["from": .string(agent.summary.model), "to": .string(planned.resolved)])))
        return planned.resolved
    }

    /// The model `spec` gives `agent`, checked (parsed and resolvable) before anything changes.
    func plannedModel(_ spec: String, for agent: RegisteredAgent) throws -> PlannedModel {
        let choice = try ModelChoice.parse(spec, catalog: .builtin, providers: Set(config.providerURLs.keys))
        let current = agent.manifest.model
        var model = current
        (model.provider, model.model) = (choice.provider, choice.model)
        let providerChanged = choice.provider != current.provider
        if providerChanged {
            // A key variable or base URL set for the old provider means nothing to the new one.
            (model.apiKeyEnv, model.baseURL) = (nil, nil)
        }
        let resolved: ResolvedProvider
        do throws(ProviderResolutionError) {
            resolved = try ProviderResolver(config: config, environment: environment)
                .resolve(provider: model.provider, model: model.model, apiKeyEnv: model.apiKeyEnv, baseURL: model.baseURL)
        } catch {
            throw ModelChoiceError.unusable(spec, error)
        }
        return PlannedModel(model: model, resolved: "\(resolved.providerID)/\(resolved.model)", providerChanged: providerChanged)
    }

    /// The `provider/model` an agent's turns go to (defaults and aliases resolved); the
    /// manifest's own words when its provider cannot be resolved.
    public func currentModel(of nameOrID: String) throws -> String {
        guard let agent = find(nameOrID) else { throw unknown(nameOrID) }
        let model = agent.manifest.model
        let resolver = ProviderResolver(config: config, environment: environment)
        if let resolved = try? resolver.resolve(provider: model.provider, model: model.model, apiKeyEnv: model.apiKeyEnv, baseURL: model.baseURL) {
            return "\(resolved.providerID)/\(resolved.model)"
        }
        let provider = model.provider.isEmpty || model.provider == "default" ? config.defaultModel.provider : model.provider
        let name = model.model.isEmpty || model.model == "default" ? config.defaultModel.model : model.model
        return "\(provider)/\(name)"
    }
}
