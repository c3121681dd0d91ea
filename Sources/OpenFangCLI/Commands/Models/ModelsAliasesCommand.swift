import ArgumentParser
import OpenFangTypes

/// `openfang models aliases [--json]`.
struct ModelsAliasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "aliases", abstract: "List model aliases (sonnet, flash, …).")

    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let aliases = ModelCatalog.builtin.aliases
        if json {
            try JSONOutput.print(Dictionary(uniqueKeysWithValues: aliases.map { ($0.alias, "\($0.model.provider)/\($0.model.id)") }))
            return
        }
        let rows = aliases.map { [$0.alias, $0.model.id, $0.model.provider] }
        Terminal.out(TextTable.render(header: ["ALIAS", "MODEL", "PROVIDER"], rows: rows))
    }
}
