import OpenFangRuntime
import OpenFangTypes

/// The checks of an `agent.toml` that its types cannot express, shared by `openfang agent
/// validate` and every spawn (API, CLI, the `agent_spawn` tool), so what validates is what runs.
public enum ManifestRules {
    /// The module kinds a manifest may name.
    static let modulePrefixes = ["builtin:", "wasm:", "python:"]

    /// The issues of a decoded `manifest` whose text is `text` (for locations), as errors and warnings.
    public static func issues(of manifest: AgentManifest, text: String, file: String, catalog: ModelCatalog = .builtin) -> [DecodingIssue] {
        let table = (try? TOMLDocument(parsing: text, file: file))?.root
        func location(_ path: [String]) -> TOMLSourceLocation? {
            table.flatMap { TOMLEditor.lookup(path, in: $0)?.location }
        }
        var issues: [DecodingIssue] = []
        if let problem = AgentNameRule.problem(with: manifest.name) {
            issues.append(.init(severity: .error, keyPath: "name", location: location(["name"]), message: problem))
        }
        if !modulePrefixes.contains(where: manifest.module.hasPrefix) {
            issues.append(
                .init(
                    severity: .error, keyPath: "module", location: location(["module"]),
                    message: "unknown module \"\(manifest.module)\": expected builtin:chat, wasm:<path> or python:<path>"))
        }
        let provider = manifest.model.provider
        if provider != "default", !provider.isEmpty, catalog.provider(named: provider) == nil, manifest.model.baseURL == nil {
            issues.append(
                .init(
                    severity: .warning, keyPath: "model.provider", location: location(["model", "provider"]),
                    message: "unknown provider \"\(provider)\" and no base_url: it will only work as a custom provider from config.toml",
                    suggestion: KeySuggestion.nearest(to: provider, in: catalog.providers.map(\.id))))
        }
        if !(0...2).contains(manifest.model.temperature) {
            issues.append(
                .init(
                    severity: .error, keyPath: "model.temperature", location: location(["model", "temperature"]),
                    message: "temperature \(manifest.model.temperature) is out of range: expected 0 to 2"))
        }
        if case .periodic(let cron) = manifest.schedule {
            do {
                _ = try CronSchedule(parsing: cron)
            } catch {
                issues.append(.init(severity: .error, keyPath: "schedule.periodic.cron", location: location(["schedule", "periodic", "cron"]), message: error.description))
            }
        }
        return issues
    }
}
