import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang config validate [--json]`: every problem in the config, with file:line and a fix.
struct ConfigValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check config.toml and its includes; exit 1 if anything is wrong.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print the result as JSON.") var json = false

    /// The JSON shape of a validation result.
    struct Result: Encodable {
        var valid: Bool
        var file: String
        var files: [String]
        var errors: [DecodingIssue]
        var warnings: [DecodingIssue]
    }

    func run() throws {
        let environment = CLIEnvironment.load()
        let path = environment.loader.configPath(explicit: global.config)
        var result = Result(valid: true, file: path, files: [], errors: [], warnings: [])
        do {
            let loaded = try environment.loader.load(explicitPath: global.config)
            result.files = loaded.files
            result.warnings = loaded.warnings
        } catch {
            result.valid = false
            result.errors = error.errors
            result.warnings = error.issues.filter { $0.severity == .warning }
        }
        if json {
            try JSONOutput.print(result)
        } else {
            for issue in result.errors + result.warnings { Terminal.err(issue.description) }
            if result.valid {
                let note = TextFileProbe.exists(path) ? "" : " (the file does not exist; defaults apply)"
                Terminal.out("config OK: \(path)\(note), \(result.warnings.count) warning(s)")
            } else {
                Terminal.err("config INVALID: \(path): \(result.errors.count) error(s), \(result.warnings.count) warning(s)")
            }
        }
        if !result.valid { throw ExitCode.failure }
    }
}
