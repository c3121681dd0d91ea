import ArgumentParser
import OpenFangTypes

/// `openfang models providers [--json]`: providers and whether their key is set.
struct ModelsProvidersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "providers", abstract: "List providers, their key variable and whether it is set.")

    @Flag(name: .long, help: "Print JSON.") var json = false

    struct Row: Encodable {
        var id: String
        var displayName: String
        var driver: String
        var baseURL: String?
        var apiKeyEnv: String?
        var authStatus: String
        var modelCount: Int
    }

    func run() throws {
        let environment = CLIEnvironment.load()
        let catalog = ModelCatalog.builtin
        let rows = catalog.providers.map { provider in
            Row(
                id: provider.id, displayName: provider.displayName, driver: provider.driver.rawValue,
                baseURL: provider.baseURL, apiKeyEnv: provider.apiKeyEnv,
                authStatus: ProviderKeys.status(of: provider, environment: environment.variables).rawValue,
                modelCount: catalog.models(of: provider.id).count)
        }
        if json {
            try JSONOutput.print(rows)
            return
        }
        Terminal.out(
            TextTable.render(
                header: ["PROVIDER", "DRIVER", "KEY", "STATUS", "MODELS", "BASE URL"],
                rows: rows.map { [$0.id, $0.driver, $0.apiKeyEnv ?? "-", $0.authStatus, "\($0.modelCount)", $0.baseURL ?? "(set base_url)"] }))
    }
}
