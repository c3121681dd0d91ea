import FoundationEssentials

/// The OpenFang home directory (`$OPENFANG_HOME`, else `~/.openfang`) and the files in it.
public struct OpenFangHome: Sendable, Hashable {
    /// The home directory.
    public var root: String

    /// A home at an explicit path.
    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    /// The home chosen by the environment: `OPENFANG_HOME`, else `$HOME/.openfang`.
    public init(environment: [String: String]) {
        if let explicit = environment["OPENFANG_HOME"], !explicit.isEmpty {
            self.init(root: explicit)
        } else {
            let user = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/root"
            self.init(root: user + "/.openfang")
        }
    }

    /// `config.toml`.
    public var configFile: String { root + "/config.toml" }
    /// `.env`, loaded before `secrets.env`.
    public var envFile: String { root + "/.env" }
    /// `secrets.env` (keys set from the dashboard).
    public var secretsFile: String { root + "/secrets.env" }
    /// `data/`.
    public var dataDirectory: String { root + "/data" }
    /// `data/openfang.db`.
    public var databaseFile: String { dataDirectory + "/openfang.db" }
    /// `agents/`, one folder with an `agent.toml` per agent.
    public var agentsDirectory: String { root + "/agents" }
    /// `workspaces/`, one folder per agent name.
    public var workspacesDirectory: String { root + "/workspaces" }
    /// `logs/`.
    public var logsDirectory: String { root + "/logs" }
    /// `daemon.json`, written by a running daemon.
    public var daemonFile: String { root + "/daemon.json" }
}
