import ArgumentParser
import FoundationEssentials
import OpenFangKernel
import OpenFangTypes

/// What `init --quick` does, for commands that need a home and find none.
enum QuickHome {
    /// Creates the home with the automatically chosen provider.
    static func initialise(environment: CLIEnvironment) throws {
        let choice = ProviderDetection(environment: environment.variables).choose()
        do {
            _ = try HomeInitializer(home: environment.home).run(
                defaultModel: .init(provider: choice.provider, model: choice.model, apiKeyEnv: choice.apiKeyEnv))
        } catch {
            Terminal.err("error: cannot initialise \(environment.home.root): \(ErrorText.describe(error))")
            throw ExitCode.failure
        }
    }
}
