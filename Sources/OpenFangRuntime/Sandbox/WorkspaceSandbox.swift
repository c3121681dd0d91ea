import FoundationEssentials
import OpenFangTypes

/// Keeps file tools inside an agent's workspace: a path is resolved against the workspace,
/// normalised, and every symlink on it followed; anything that ends up outside is refused with
/// the reason. Files that do not exist yet are judged by their nearest existing parent.
public struct WorkspaceSandbox: Sendable {
    /// Why a path was refused.
    public struct Denial: Error, Sendable, Equatable, CustomStringConvertible {
        /// The rule and the path.
        public var description: String
    }

    /// The workspace, with symlinks resolved.
    public let root: String

    /// A sandbox rooted at `root` (which must exist).
    public init(root: String) throws(Denial) {
        guard let real = PathText.real(root) else { throw Denial(description: "the workspace \(root) does not exist") }
        self.root = real
    }

    /// The absolute, symlink-free path `path` names inside the workspace.
    public func resolve(_ path: String) throws(Denial) -> String {
        guard !path.isEmpty else { throw Denial(description: "empty path") }
        guard !path.contains("\0") else { throw Denial(description: "the path contains a NUL byte") }
        let joined = path.hasPrefix("/") ? path : root + "/" + path
        var parts: [Substring] = []
        for component in joined.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { throw Denial(description: "\(path) climbs above the filesystem root") }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        let normalised = "/" + parts.joined(separator: "/")
        guard contains(normalised) else { throw Denial(description: "\(path) is outside the workspace (\(root))") }
        // Follow symlinks: the longest existing prefix must really be inside the workspace.
        var existing = normalised
        var missing: [String] = []
        while PathText.real(existing) == nil, existing != "/" {
            missing.insert(String(existing.split(separator: "/").last ?? ""), at: 0)
            existing = PathText.parent(of: existing)
        }
        guard let real = PathText.real(existing), contains(real) else {
            throw Denial(description: "\(path) leads outside the workspace through a symbolic link")
        }
        if let dangling = Self.danglingLinkTarget(existing + (missing.first.map { "/" + $0 } ?? "")) {
            throw Denial(description: "\(path) goes through a dangling symbolic link to \(dangling)")
        }
        return ([real] + missing).joined(separator: "/")
    }

    func contains(_ absolute: String) -> Bool {
        absolute == root || absolute.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The target of `path` if it is a symbolic link whose target does not exist.
    static func danglingLinkTarget(_ path: String) -> String? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path), PathText.real(path) == nil else { return nil }
        return target
    }
}
