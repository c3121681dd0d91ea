import ArgumentParser
import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

/// `openfang security audit [--limit 20] [--json]`: the latest audit records, oldest first.
struct SecurityAuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Show the latest audit records: lifecycle changes, messages, tool calls, approvals, config changes.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "How many records.") var limit = 20
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        let records: [AuditRecord] = try await StoreAccess.withStore(options: global) { try await $0.auditRecords(limit: max(limit, 1)).reversed() }
        if json {
            try JSONOutput.print(records)
            return
        }
        guard !records.isEmpty else {
            Terminal.out("the audit log is empty")
            return
        }
        let rows = records.map { record in
            [String(record.seq), record.at.formatted(.iso8601), record.actor, record.action, record.subject]
        }
        Terminal.out(TextTable.render(header: ["SEQ", "AT", "ACTOR", "ACTION", "SUBJECT"], rows: rows))
    }
}
