/// One file operation of a patch.
enum PatchOperation: Sendable, Equatable {
    /// Create a file with these lines.
    case add(path: String, lines: [String])
    /// Delete a file.
    case delete(path: String)
    /// Change a file, optionally moving it.
    case update(path: String, moveTo: String?, hunks: [PatchHunk])
}
