import Foundation

/// A fresh directory under the system temp folder, removed with `remove()`.
public struct TemporaryDirectory: Sendable {
    /// Absolute path of the directory.
    public let path: String

    /// Creates a new empty directory named after `label`.
    public init(_ label: String = "openfang-test") throws {
        let base = FileManager.default.temporaryDirectory.path
        let path = "\(base)/\(label)-\(UUID().uuidString.prefix(8).lowercased())"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        self.path = path
    }

    /// The absolute path of `relative` inside the directory.
    public func file(_ relative: String) -> String { "\(path)/\(relative)" }

    /// Writes `text` to `relative`, creating folders as needed; returns the absolute path.
    @discardableResult
    public func write(_ text: String, to relative: String) throws -> String {
        let target = file(relative)
        let folder = (target as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: target, atomically: true, encoding: .utf8)
        return target
    }

    /// Reads `relative` as UTF-8 text.
    public func read(_ relative: String) throws -> String {
        try String(contentsOfFile: file(relative), encoding: .utf8)
    }

    /// Deletes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
