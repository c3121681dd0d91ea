import FoundationEssentials

/// Reads a manifest file with a clear reason on failure.
enum ManifestFile {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws -> String {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(description: "no such file")
        }
        let file = isDirectory ? path + "/agent.toml" : path
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ReadError(description: "cannot read \(file) (missing or permission denied)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ReadError(description: "\(file) is not valid UTF-8 text")
        }
        return text
    }
}
