import FoundationEssentials
import OpenFangTypes

/// Checks a database path before SQLite touches it, so the error names the real cause.
enum DatabaseFileCheck {
    static let header = Array("SQLite format 3\0".utf8)

    static func check(path: String) throws {
        let manager = FileManager.default
        let folder = PathText.parent(of: path)
        if !folder.isEmpty, !manager.fileExists(atPath: folder) {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw MemoryError.notWritable(path: folder, reason: "cannot create the directory (\(ErrorText.describe(error)))")
            }
        }
        var isDirectory = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory { throw MemoryError.notADatabase(path: path, reason: "it is a directory") }
            guard let prefix = FileBytes.prefix(ofFileAt: path, count: header.count) else {
                throw MemoryError.notWritable(path: path, reason: "permission denied")
            }
            if !prefix.isEmpty, prefix != header {
                throw MemoryError.notADatabase(path: path, reason: "the file does not start with the SQLite header")
            }
            if !manager.isWritableFile(atPath: path) {
                throw MemoryError.notWritable(path: path, reason: "the file is read-only")
            }
        }
        if !folder.isEmpty, !manager.isWritableFile(atPath: folder) {
            throw MemoryError.notWritable(path: folder, reason: "the directory is read-only (SQLite needs to create -wal and -shm files there)")
        }
    }
}
