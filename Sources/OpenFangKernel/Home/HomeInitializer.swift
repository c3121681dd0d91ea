import FoundationEssentials
import OpenFangTypes
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates an OpenFang home: `data/`, `agents/`, `workspaces/` (0700), `config.toml` (0600) when
/// missing, and the bundled agent templates (never overwriting a file that exists).
public struct HomeInitializer: Sendable {
    /// The provider written to `[default_model]` of a new config.
    public struct DefaultModel: Sendable, Equatable {
        /// Provider id.
        public var provider: String
        /// Model id.
        public var model: String
        /// Variable holding the key.
        public var apiKeyEnv: String

        /// Creates a choice.
        public init(provider: String, model: String, apiKeyEnv: String) {
            self.provider = provider
            self.model = model
            self.apiKeyEnv = apiKeyEnv
        }
    }

    /// What initialisation did, for the report.
    public struct Report: Sendable, Equatable {
        /// Directories created.
        public var createdDirectories: [String] = []
        /// Whether `config.toml` was written (false: it existed).
        public var wroteConfig = false
        /// Templates installed.
        public var installedTemplates: [String] = []
        /// Templates left alone because their file existed.
        public var keptTemplates: [String] = []
    }

    /// The home to create.
    public var home: OpenFangHome

    /// An initializer for `home`.
    public init(home: OpenFangHome) {
        self.home = home
    }

    /// Creates what is missing.
    public func run(defaultModel: DefaultModel) throws -> Report {
        var report = Report()
        let manager = FileManager.default
        for directory in [home.root, home.dataDirectory, home.agentsDirectory, home.workspacesDirectory] {
            if !manager.fileExists(atPath: directory) {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                report.createdDirectories.append(directory)
            }
            try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
        }
        if !manager.fileExists(atPath: home.configFile) {
            try Self.writeNew(ConfigTemplate.text(for: defaultModel), to: home.configFile, mode: 0o600)
            report.wroteConfig = true
        }
        for template in BundledAgentTemplates.all {
            let folder = home.agentsDirectory + "/" + template.name
            let file = folder + "/agent.toml"
            if manager.fileExists(atPath: file) {
                report.keptTemplates.append(template.name)
                continue
            }
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Self.writeNew(template.source + "\n", to: file, mode: 0o600)
            report.installedTemplates.append(template.name)
        }
        return report
    }

    /// Writes a file that must not exist yet, with `mode` from the start (no window with wider permissions).
    static func writeNew(_ text: String, to path: String, mode: mode_t) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw HomeWriteError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        guard FileBytes.write(text.utf8, to: descriptor), fsync(descriptor) == 0 else {
            throw HomeWriteError(path: path, reason: String(cString: strerror(errno)))
        }
        _ = fchmod(descriptor, mode)
    }
}
