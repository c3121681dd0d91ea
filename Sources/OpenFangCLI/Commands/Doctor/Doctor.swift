import FoundationEssentials
import OpenFangKernel
import OpenFangTypes

/// The checks `openfang doctor` runs, each a small function over the environment.
struct Doctor {
    var environment: CLIEnvironment
    var configPath: String?
    var catalog = ModelCatalog.builtin

    var home: OpenFangHome { environment.home }

    func run() -> [DoctorCheck] {
        let config = configCheck()
        var checks = [homeCheck(), config.check, permissionsCheck(), manifestsCheck()]
        checks += providerChecks(config.loaded?.config ?? .defaults)
        checks.append(portCheck(config.loaded?.config ?? .defaults))
        return checks
    }

    func homeCheck() -> DoctorCheck {
        guard TextFileProbe.exists(home.root) else {
            return .fail("home", "\(home.root) does not exist", fix: "run `openfang init`")
        }
        let missing = [home.dataDirectory, home.agentsDirectory, home.workspacesDirectory].filter { !TextFileProbe.exists($0) }
        if !missing.isEmpty {
            return .warn("home", "missing: \(missing.joined(separator: ", "))", fix: "run `openfang init` (it creates only what is missing)")
        }
        if let mode = TextFileProbe.mode(home.root), mode & 0o077 != 0 {
            return .warn("home", "\(home.root) is readable by others (mode \(String(mode, radix: 8)))", fix: "chmod 700 \(home.root)")
        }
        return .ok("home", home.root)
    }

    func configCheck() -> (check: DoctorCheck, loaded: LoadedConfig?) {
        let path = environment.loader.configPath(explicit: configPath)
        do {
            let loaded = try environment.loader.load(explicitPath: configPath)
            guard loaded.fileExists else {
                return (.warn("config", "\(path) does not exist; defaults apply", fix: "run `openfang init`"), loaded)
            }
            if loaded.warnings.isEmpty { return (.ok("config", "\(path) is valid"), loaded) }
            return (
                .warn("config", "\(path) is valid with \(loaded.warnings.count) warning(s): \(loaded.warnings[0])",
                      fix: "run `openfang config validate` for the full list"), loaded
            )
        } catch {
            let first = error.errors.first.map { "\($0)" } ?? "\(error)"
            return (.fail("config", "\(error.errors.count) error(s); first: \(first)", fix: "run `openfang config validate` and fix each line"), nil)
        }
    }

    func permissionsCheck() -> DoctorCheck {
        var loose: [String] = []
        for file in [environment.loader.configPath(explicit: configPath), home.envFile, home.secretsFile] {
            if let mode = TextFileProbe.mode(file), mode & 0o077 != 0 { loose.append("\(file) (\(String(mode, radix: 8)))") }
        }
        guard loose.isEmpty else {
            return .warn("secrets", "readable by others: \(loose.joined(separator: ", "))", fix: "chmod 600 on each file listed")
        }
        return .ok("secrets", "config and .env files are private")
    }

    func manifestsCheck() -> DoctorCheck {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: home.agentsDirectory))?.sorted() ?? []
        let manifests = folders.map { home.agentsDirectory + "/" + $0 + "/agent.toml" }.filter(TextFileProbe.exists)
        guard !manifests.isEmpty else {
            return .warn("agents", "no agent manifests in \(home.agentsDirectory)", fix: "run `openfang init` to install the templates")
        }
        let broken = manifests.filter { path in ManifestCheck.issues(path: path).issues.contains { $0.severity == .error } }
        guard broken.isEmpty else {
            return .fail("agents", "\(broken.count) of \(manifests.count) manifests invalid: \(broken.joined(separator: ", "))",
                         fix: "run `openfang agent validate PATH` on each")
        }
        return .ok("agents", "\(manifests.count) manifests valid")
    }

    func providerChecks(_ config: KernelConfig) -> [DoctorCheck] {
        let variables = environment.variables
        let configured = catalog.providers.filter { ProviderKeys.status(of: $0, environment: variables) == .configured }.map(\.id)
        var checks: [DoctorCheck] = []
        let name = config.defaultModel.provider
        if let provider = catalog.provider(named: name) {
            let keyVariable = config.defaultModel.apiKeyEnv.isEmpty ? provider.apiKeyEnv : config.defaultModel.apiKeyEnv
            let hasKey = keyVariable.map { !(variables[$0] ?? "").isEmpty } ?? false
            if hasKey || !provider.keyRequired {
                checks.append(.ok("default model", "\(provider.id)/\(config.defaultModel.model)" + (hasKey ? " (key in \(keyVariable!))" : " (no key needed)")))
            } else {
                checks.append(
                    .fail("default model", "\(provider.id)/\(config.defaultModel.model): \(keyVariable ?? "its key") is not set",
                          fix: "export \(keyVariable ?? "THE_KEY")=… (or put it in \(home.envFile)), or `openfang config set default_model.provider ollama`"))
            }
        } else if config.defaultModel.baseURL != nil {
            checks.append(.ok("default model", "custom provider \(name) at \(config.defaultModel.baseURL!)"))
        } else {
            checks.append(
                .fail("default model", "unknown provider \"\(name)\" with no base_url",
                      fix: "set default_model.provider to one of `openfang models providers`, or set default_model.base_url"))
        }
        checks.append(
            configured.isEmpty
                ? .warn("provider keys", "no provider key found in the environment", fix: "export e.g. GROQ_API_KEY=… or start Ollama")
                : .ok("provider keys", "keys set for: \(configured.joined(separator: ", "))"))
        return checks
    }

    func portCheck(_ config: KernelConfig) -> DoctorCheck {
        guard let address = ListenAddress(config.apiListen) else {
            return .fail("listen", "invalid api_listen \"\(config.apiListen)\"", fix: "openfang config set api_listen 127.0.0.1:4200")
        }
        if let problem = TCPProbe.bindProblem(host: address.host, port: address.port) {
            return .warn("listen", "\(address) is not free: \(problem)", fix: "stop what uses it, or `openfang config set api_listen 127.0.0.1:<port>`")
        }
        if !address.isLoopback, config.apiKey.isEmpty {
            return .fail("listen", "\(address) is not loopback and no api_key is set: the daemon will refuse to start",
                         fix: "set api_key (or OPENFANG_API_KEY), or listen on 127.0.0.1")
        }
        return .ok("listen", "\(address) is free")
    }
}
