import OpenFangTypes

/// Loads `config.toml`: path choice, includes, legacy forms, decoding, validation and environment
/// overrides. Any error fails the whole load with every problem listed; it never falls back to
/// defaults on an error.
public struct ConfigLoader: Sendable {
    /// The process environment (after `.env` files were applied).
    public var environment: [String: String]

    /// A loader reading `environment`.
    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// The home this environment selects.
    public var home: OpenFangHome { OpenFangHome(environment: environment) }

    /// The config path: `explicitPath` (from `--config`), else `<home>/config.toml`.
    public func configPath(explicit explicitPath: String?) -> String {
        explicitPath ?? home.configFile
    }

    /// Loads and validates the configuration.
    public func load(explicitPath: String? = nil) throws(ConfigError) -> LoadedConfig {
        let path = configPath(explicit: explicitPath)
        guard TextFile.exists(path) else {
            if explicitPath != nil {
                throw ConfigError(file: path, message: "config file not found (given with --config)")
            }
            var config = KernelConfig.defaults
            let overrides = applyEnvironment(to: &config)
            return LoadedConfig(config: config, warnings: [], files: [], environmentOverrides: overrides, fileExists: false)
        }
        let resolver = ConfigIncludeResolver(readFile: TextFile.read)
        var (root, files) = try resolver.resolve(path)
        let legacyWarnings = LegacyConfigForms.hoistAPITable(in: &root)
        let result = TOMLValueDecoder.decode(
            KernelConfig.self, from: root, fallbackLocation: TOMLSourceLocation(file: path, line: 1, column: 1, offset: 0))
        var issues = legacyWarnings + result.issues
        if let config = result.value { issues += ConfigValidator.validate(config, root: root) }
        guard var config = result.value, !issues.contains(where: { $0.severity == .error }) else {
            throw ConfigError(issues: TOMLValueDecoder.ordered(issues))
        }
        let overrides = applyEnvironment(to: &config)
        return LoadedConfig(
            config: config, warnings: TOMLValueDecoder.ordered(issues), files: files, environmentOverrides: overrides, fileExists: true)
    }

    /// Applies `OPENFANG_LISTEN` (always wins) and `OPENFANG_API_KEY` (only when the file sets none).
    func applyEnvironment(to config: inout KernelConfig) -> [(variable: String, key: String)] {
        var applied: [(variable: String, key: String)] = []
        if let listen = environment["OPENFANG_LISTEN"], !listen.isEmpty {
            config.apiListen = listen
            applied.append(("OPENFANG_LISTEN", "api_listen"))
        }
        if config.apiKey.isEmpty, let key = environment["OPENFANG_API_KEY"], !key.isEmpty {
            config.apiKey = key
            applied.append(("OPENFANG_API_KEY", "api_key"))
        }
        return applied
    }
}
