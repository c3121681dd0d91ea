import FoundationEssentials
import OpenFangTypes

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `daemon.json`: which process serves this home, where, since when.
public struct DaemonRecord: Sendable, Hashable, Codable {
    /// The daemon's process id.
    public var pid: Int32
    /// `host:port` it listens on.
    public var listen: String
    /// Its version.
    public var version: String
    /// When it started.
    public var startedAt: Date

    enum CodingKeys: String, CodingKey {
        case pid, listen, version
        case startedAt = "started_at"
    }

    /// Creates a record.
    public init(pid: Int32, listen: String, version: String, startedAt: Date) {
        self.pid = pid
        self.listen = listen
        self.version = version
        self.startedAt = startedAt
    }

    /// The record in `home`, if there is a readable one.
    public static func read(in home: OpenFangHome) -> DaemonRecord? {
        guard let data = FileManager.default.contents(atPath: home.daemonFile) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(DaemonRecord.self, from: data)
    }

    /// Writes the record (mode 0600) atomically.
    public func write(in home: OpenFangHome) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: home.daemonFile), options: .atomic)
        chmod(home.daemonFile, 0o600)
    }

    /// Removes the record in `home`.
    public static func remove(in home: OpenFangHome) {
        try? FileManager.default.removeItem(atPath: home.daemonFile)
    }

    /// Whether the process is still alive (not merely a zombie).
    public var isAlive: Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return !(stat.split(separator: ")").last?.trimmingCharacters(in: " \t").hasPrefix("Z") ?? false)
    }
}
