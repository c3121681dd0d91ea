import ArgumentParser
import FoundationEssentials
import OpenFangTypes

/// `openfang models list [--provider P] [--json]`.
struct ModelsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List models with context, prices and aliases.")

    @Option(name: .long, help: "Only this provider (id or alias).") var provider: String?
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() throws {
        let catalog = ModelCatalog.builtin
        var models = catalog.models
        if let provider {
            guard catalog.provider(named: provider) != nil else {
                let suggestion = KeySuggestion.nearest(to: provider, in: catalog.providers.map(\.id))
                Terminal.err("error: unknown provider \"\(provider)\"" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""))
                throw ExitCode.failure
            }
            models = catalog.models(of: provider)
        }
        if json {
            try JSONOutput.print(models)
            return
        }
        let rows = models.map { model in
            [
                model.id, model.provider, model.tier.rawValue, "\(model.contextWindow)",
                DecimalText.fixed(model.inputCostPerMillion, digits: 2), DecimalText.fixed(model.outputCostPerMillion, digits: 2),
                model.aliases.joined(separator: ", "),
            ]
        }
        Terminal.out(TextTable.render(header: ["MODEL", "PROVIDER", "TIER", "CONTEXT", "$IN/M", "$OUT/M", "ALIASES"], rows: rows))
    }
}
