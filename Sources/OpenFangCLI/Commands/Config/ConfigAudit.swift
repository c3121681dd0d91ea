import FoundationEssentials
import OpenFangKernel
import OpenFangMemory
import OpenFangTypes

/// Appends a config change to the audit chain (secrets redacted); a failure is a warning, since
/// the change itself is already written.
enum ConfigAudit {
    /// Words in a key path whose values are never written to the audit log.
    static let secretWords = ["key", "token", "secret", "password", "hash"]

    static func record(action: String, key: String, value: String?, file: String, options: GlobalOptions) async {
        let environment = CLIEnvironment.load()
        do {
            let loaded = try ConfigReport.load(environment, options: options, quietWarnings: true)
            let store = try await SQLiteMemoryStore.open(path: loaded.config.databasePath(home: environment.home))
            var detail: [String: JSONValue] = ["file": .string(file)]
            if let value {
                let secret = secretWords.contains { key.lowercased().contains($0) }
                detail["value"] = .string(secret ? "[redacted]" : value)
            }
            do {
                try await store.appendAudit(AuditEntry(actor: "user", action: action, subject: "config:\(key)", detail: .object(detail)))
            } catch {
                await store.close()
                throw error
            }
            await store.close()
        } catch {
            Terminal.err("warning: the change is saved but could not be added to the audit log: \(error)")
        }
    }
}
