import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang config get KEY`: one effective value.
struct ConfigGetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get", abstract: "Print one effective value by dotted key (e.g. default_model.provider).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dotted key path.") var key: String

    func run() throws {
        let environment = CLIEnvironment.load()
        let loaded = try ConfigReport.load(environment, options: global, quietWarnings: true)
        let effective = try EffectiveConfig.json(loaded.config)
        switch EffectiveConfig.lookup(key.split(separator: ".").map(String.init), in: effective) {
        case .success(let value):
            Terminal.out(Self.render(value))
        case .failure(let failure):
            var message = failure.notATable
                ? "error: `\(failure.path)` is not a table, so `\(key)` does not exist"
                : "error: unknown key `\(failure.path)`"
            if let suggestion = failure.suggestion { message += " (did you mean `\(suggestion)`?)" }
            Terminal.err(message)
            throw ExitCode.failure
        }
    }

    static func render(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .null: return ""
        default:
            guard let toml = TOMLValue(value) else { return "" }
            if let table = toml.table { return TOMLWriter.document(table).trimmingTrailingNewlines }
            return TOMLWriter.inline(toml)
        }
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
