import ArgumentParser
import FoundationEssentials
import OpenFangKernel
import OpenFangTypes
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Applies a text edit to config.toml only if the result is still a valid configuration.
enum ConfigEdit {
    /// Edits the config file at `path`; on any new error prints the report and changes nothing.
    static func apply(
        path: String, environment: CLIEnvironment, editedKey: [String], edit: (String) throws(TOMLEditError) -> String
    ) throws {
        let original = TextFileProbe.read(path) ?? ""
        let edited: String
        do {
            edited = try edit(original)
        } catch {
            Terminal.err("error: \(path): \(error.message)")
            throw ExitCode.failure
        }
        let folder = PathText.parent(of: path)
        let candidate = folder + "/.config.toml.check-\(getpid())"
        guard FileManager.default.createFile(atPath: candidate, contents: Data(edited.utf8), attributes: [.posixPermissions: 0o600])
        else {
            Terminal.err("error: cannot write a temporary file in \(folder) to check the edit")
            throw ExitCode.failure
        }
        defer { try? FileManager.default.removeItem(atPath: candidate) }
        let keyPath = editedKey.joined(separator: ".")
        do {
            let loaded = try environment.loader.load(explicitPath: candidate)
            if let unknown = loaded.warnings.first(where: { $0.keyPath == keyPath && $0.message.hasPrefix("unknown key") }) {
                var message = "error: `\(keyPath)` is not a configuration key; nothing was changed"
                if let suggestion = unknown.suggestion { message += " (did you mean `\(suggestion)`?)" }
                Terminal.err(message)
                throw ExitCode.failure
            }
        } catch let error as ConfigError {
            let report = error.description.replacing(candidate, with: path)
            Terminal.err(report)
            throw ExitCode.failure
        }
        let mode = TextFileProbe.mode(path) ?? 0o600
        try TextFileProbe.replace(path, with: edited, mode: mode)
    }

    /// The TOML text for a value typed on the command line: valid TOML as is, anything else a string.
    static func valueText(_ raw: String) -> String {
        if (try? TOMLDocument(parsing: "v = " + raw)) != nil { return raw }
        return TOMLWriter.quoted(raw)
    }
}
