import ArgumentParser
import OpenFangTypes

/// `openfang agent validate PATH [--json]`.
struct AgentValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check an agent.toml (or a folder holding one); exit 1 if it is invalid.")

    @Argument(help: "Path to agent.toml or its folder.") var path: String
    @Flag(name: .long, help: "Print the result as JSON.") var json = false

    struct Result: Encodable {
        var valid: Bool
        var file: String
        var name: String?
        var errors: [DecodingIssue]
        var warnings: [DecodingIssue]
    }

    func run() throws {
        let (manifest, issues) = ManifestCheck.issues(path: path)
        let errors = issues.filter { $0.severity == .error }
        let result = Result(
            valid: errors.isEmpty, file: path, name: manifest?.name, errors: errors,
            warnings: issues.filter { $0.severity == .warning })
        if json {
            try JSONOutput.print(result)
        } else {
            for issue in issues { Terminal.err(issue.description) }
            if result.valid {
                Terminal.out("manifest OK: \(path) (agent \"\(manifest?.name ?? "?")\", \(result.warnings.count) warning(s))")
            } else {
                Terminal.err("manifest INVALID: \(path): \(errors.count) error(s)")
            }
        }
        if !result.valid { throw ExitCode.failure }
    }
}
