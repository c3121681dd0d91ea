import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// Loads the config for a command, printing warnings; on errors prints every problem and exits 1.
enum ConfigReport {
    static func load(_ environment: CLIEnvironment, options: GlobalOptions, quietWarnings: Bool = false) throws -> LoadedConfig {
        do {
            let loaded = try environment.loader.load(explicitPath: options.config)
            if !quietWarnings {
                for warning in loaded.warnings { Terminal.err(warning.description) }
                for warning in environment.dotEnvWarnings { Terminal.err("\(warning) (ignored)") }
            }
            return loaded
        } catch {
            Terminal.err(error.description)
            throw ExitCode.failure
        }
    }
}
