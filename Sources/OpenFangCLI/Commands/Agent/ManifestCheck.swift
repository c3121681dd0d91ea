import FoundationEssentials
import OpenFangKernel
import OpenFangTypes

/// Decodes an `agent.toml` and adds the checks a type cannot express.
enum ManifestCheck {
    static let modulePrefixes = ["builtin:", "wasm:", "python:"]

    /// Every issue of the manifest at `path` (errors and warnings).
    static func issues(path: String, catalog: ModelCatalog = .builtin) -> (manifest: AgentManifest?, issues: [DecodingIssue]) {
        let text: String
        do {
            text = try ManifestFile.read(path)
        } catch {
            return (nil, [DecodingIssue(severity: .error, keyPath: "", location: .init(file: path, line: 1, column: 1, offset: 0), message: "\(error)")])
        }
        let result = AgentManifest.parse(text, file: path)
        guard let manifest = result.value, !result.hasErrors else { return (nil, result.issues) }
        var issues = result.issues
        let table = (try? TOMLDocument(parsing: text, file: path))?.root
        func location(_ path: [String]) -> TOMLSourceLocation? {
            table.flatMap { TOMLEditor.lookup(path, in: $0)?.location }
        }
        if manifest.name.trimmingCharacters(in: " \t").isEmpty {
            issues.append(.init(severity: .error, keyPath: "name", location: location(["name"]), message: "the name is empty"))
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
        return (manifest, issues)
    }
}
