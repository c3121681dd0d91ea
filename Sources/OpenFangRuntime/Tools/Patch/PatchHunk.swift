/// One `@@` section of an update: an optional anchor line and its context, removed and added lines.
struct PatchHunk: Sendable, Equatable {
    /// A line of the hunk.
    enum Line: Sendable, Equatable {
        case context(String)
        case removed(String)
        case added(String)
    }

    /// The text after `@@`, a line to find before the hunk (may be empty).
    var anchor: String
    /// The lines in order.
    var lines: [Line]
    /// Whether the hunk must match at the end of the file (`*** End of File`).
    var atEnd: Bool

    /// The lines the file must contain.
    var old: [String] {
        lines.compactMap {
            switch $0 {
            case .context(let text), .removed(let text): text
            case .added: nil
            }
        }
    }

    /// The lines that replace them.
    var new: [String] {
        lines.compactMap {
            switch $0 {
            case .context(let text), .added(let text): text
            case .removed: nil
            }
        }
    }
}
