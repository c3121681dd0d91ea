import ArgumentParser
import OpenFangMemory
import OpenFangTypes

/// `openfang security verify|audit`: the audit hash chain.
struct SecurityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "security", abstract: "Security tools.", subcommands: [SecurityVerifyCommand.self, SecurityAuditCommand.self])
}

/// `openfang security verify [--json]`.
struct SecurityVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Verify the audit chain; exit 1 and name the first altered record if it was tampered with.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        let result = try await StoreAccess.withStore(options: global) { try await $0.verifyAudit() }
        if json {
            try JSONOutput.print(result)
        } else if result.isIntact {
            Terminal.out("audit chain intact: \(result.checked) record(s) verified")
        } else {
            Terminal.err("audit chain BROKEN at record \(result.firstBroken ?? 0): \(result.reason ?? "") (\(result.checked) record(s) before it verified)")
        }
        if !result.isIntact { throw ExitCode.failure }
    }
}
