import FoundationEssentials
import OpenFangKernel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment a command runs in: the process environment plus `.env` and `secrets.env`
/// from the home (values already set in the process win).
struct CLIEnvironment {
    /// Every variable, after the dotenv files.
    var variables: [String: String]
    /// Problems in the dotenv files (file:line: message), reported as warnings.
    var dotEnvWarnings: [String]

    /// The home selected by the variables.
    var home: OpenFangHome { OpenFangHome(environment: variables) }

    /// Loads the dotenv files of the home selected by the process environment and applies them
    /// to this process too (`setenv` without overwrite), so child processes see the same values.
    static func load() -> CLIEnvironment {
        let process = ProcessInfo.processInfo.environment
        let merged = merging(process, home: OpenFangHome(environment: process))
        for (key, value) in merged.variables where process[key] == nil { setenv(key, value, 0) }
        return merged
    }

    /// `base` plus the dotenv files of `home`, without overriding what `base` sets.
    static func merging(_ base: [String: String], home: OpenFangHome) -> CLIEnvironment {
        var variables = base
        var warnings: [String] = []
        for file in [home.envFile, home.secretsFile] {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let parsed = DotEnvFile.parse(String(decoding: data, as: UTF8.self))
            for (key, value) in parsed.assignments where variables[key] == nil { variables[key] = value }
            warnings += parsed.problems.map { "\(file):\($0.line): \($0.message)" }
        }
        return CLIEnvironment(variables: variables, dotEnvWarnings: warnings)
    }

    /// The config loader for these variables.
    var loader: ConfigLoader { ConfigLoader(environment: variables) }
}
