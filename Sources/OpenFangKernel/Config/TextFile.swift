import FoundationEssentials

/// Why a text file could not be read, in words a user can act on.
struct TextFileError: Error {
    var reason: String
}

/// Reads user-authored text files (config, manifests) with clear failure reasons.
enum TextFile {
    /// The file's UTF-8 text.
    static func read(_ path: String) throws -> String {
        let manager = FileManager.default
        var isDirectory = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TextFileError(reason: "no such file")
        }
        if isDirectory { throw TextFileError(reason: "it is a directory, not a file") }
        guard manager.isReadableFile(atPath: path), let data = manager.contents(atPath: path) else {
            throw TextFileError(reason: "permission denied")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw TextFileError(reason: "the file is not valid UTF-8 text")
        }
        return text
    }

    /// Whether a regular file exists at `path`.
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
