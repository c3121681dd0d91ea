import FoundationEssentials
import OpenFangKernel
import OpenFangTypes

/// Decodes an `agent.toml` and adds the checks a type cannot express.
enum ManifestCheck {
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
        var issues = result.issues + ManifestRules.issues(of: manifest, text: text, file: path, catalog: catalog)
        if manifest.name.trimmingCharacters(in: " \t").isEmpty, !issues.contains(where: { $0.keyPath == "name" }) {
            issues.append(.init(severity: .error, keyPath: "name", location: nil, message: "the name is empty"))
        }
        return (manifest, issues)
    }
}
