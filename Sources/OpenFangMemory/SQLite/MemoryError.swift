/// Why the memory database could not do what was asked, with the file and the cause.
public enum MemoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database (or is damaged).
    case notADatabase(path: String, reason: String)
    /// The directory or file cannot be written.
    case notWritable(path: String, reason: String)
    /// The database was written by a newer OpenFang whose schema this build does not know.
    case newerSchema(path: String, found: Int, known: Int)
    /// SQLite refused a statement.
    case sqlite(path: String, operation: String, message: String)
    /// The disk (or quota) is full; nothing of the failed write was kept.
    case diskFull(path: String)
    /// A stored row could not be read back.
    case corruptRow(table: String, reason: String)
    /// An argument was invalid (empty key, unknown session, …).
    case invalidArgument(String)
    /// The record asked for does not exist.
    case notFound(String)

    /// One sentence naming the file and the cause.
    public var description: String {
        switch self {
        case .notADatabase(let path, let reason):
            "\(path) is not an OpenFang database: \(reason). Move it aside and start again, or restore a backup."
        case .notWritable(let path, let reason):
            "cannot write \(path): \(reason)"
        case .newerSchema(let path, let found, let known):
            "\(path) was written by a newer OpenFang (schema \(found); this build knows up to \(known)). Upgrade openfang; the file was not touched."
        case .sqlite(let path, let operation, let message):
            "\(path): \(operation) failed: \(message)"
        case .diskFull(let path):
            "\(path): the disk is full; the write was rolled back and nothing was half-written"
        case .corruptRow(let table, let reason):
            "a row of \(table) cannot be read: \(reason)"
        case .invalidArgument(let message):
            message
        case .notFound(let message):
            message
        }
    }
}
