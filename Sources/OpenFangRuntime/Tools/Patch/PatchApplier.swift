import FoundationEssentials
import OpenFangTypes

/// Applies parsed operations to files: every hunk is matched first (exactly, then ignoring
/// trailing and then surrounding whitespace), and only when all match is anything written.
struct PatchApplier {
    /// Maps a patch path to a real path inside the workspace (throws on escapes).
    var resolve: (String) throws(PatchError) -> String

    /// A planned write: a file's new content, or its removal.
    struct Change {
        var path: String
        var content: String?
    }

    /// Applies `operations`; returns one summary line per file.
    func apply(_ operations: [PatchOperation]) throws(PatchError) -> [String] {
        var changes: [Change] = []
        var summary: [String] = []
        for operation in operations {
            switch operation {
            case .add(let path, let lines):
                let real = try resolve(path)
                guard !FileManager.default.fileExists(atPath: real) else { throw PatchError("Add File: \(path) already exists; use Update File") }
                changes.append(Change(path: real, content: lines.joined(separator: "\n") + "\n"))
                summary.append("A \(path)")
            case .delete(let path):
                let real = try resolve(path)
                guard FileManager.default.fileExists(atPath: real) else { throw PatchError("Delete File: \(path) does not exist") }
                changes.append(Change(path: real, content: nil))
                summary.append("D \(path)")
            case .update(let path, let moveTo, let hunks):
                let real = try resolve(path)
                guard let original = try? String(contentsOfFile: real, encoding: .utf8) else { throw PatchError("Update File: \(path) does not exist or is not text") }
                let updated = try Self.applyHunks(hunks, to: original, file: path)
                if let moveTo {
                    let target = try resolve(moveTo)
                    changes.append(Change(path: real, content: nil))
                    changes.append(Change(path: target, content: updated))
                    summary.append("M \(path) → \(moveTo)")
                } else {
                    changes.append(Change(path: real, content: updated))
                    summary.append("M \(path)")
                }
            }
        }
        for change in changes {
            do {
                if let content = change.content {
                    try FileManager.default.createDirectory(atPath: PathText.parent(of: change.path), withIntermediateDirectories: true)
                    try Data(content.utf8).write(to: URL(fileURLWithPath: change.path), options: .atomic)
                } else {
                    try FileManager.default.removeItem(atPath: change.path)
                }
            } catch {
                throw PatchError("writing \(change.path) failed: \(ErrorText.describe(error))")
            }
        }
        return summary
    }

    /// The file's text with every hunk applied in order.
    static func applyHunks(_ hunks: [PatchHunk], to text: String, file: String) throws(PatchError) -> String {
        let endsWithNewline = text.hasSuffix("\n")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if endsWithNewline { lines.removeLast() }
        var cursor = 0
        for (number, hunk) in hunks.enumerated() {
            if !hunk.anchor.isEmpty {
                guard let anchor = lines[cursor...].firstIndex(where: { $0.trimmingCharacters(in: " \t") == hunk.anchor }) else {
                    throw PatchError("\(file): hunk \(number + 1): the anchor line \"@@ \(hunk.anchor)\" was not found")
                }
                cursor = anchor
            }
            guard let start = find(hunk.old, in: lines, from: cursor, atEnd: hunk.atEnd) else {
                let expected = hunk.old.first.map { "\"\($0)\"" } ?? "(nothing)"
                throw PatchError("\(file): hunk \(number + 1) does not match the file: expected \(hunk.old.count) line(s) starting with \(expected) at or after line \(cursor + 1)")
            }
            lines.replaceSubrange(start..<(start + hunk.old.count), with: hunk.new)
            cursor = start + hunk.new.count
        }
        return lines.joined(separator: "\n") + (endsWithNewline || !lines.isEmpty ? "\n" : "")
    }

    /// Where `old` occurs in `lines` at or after `from`, comparing exactly, then without
    /// trailing whitespace, then without surrounding whitespace.
    static func find(_ old: [String], in lines: [String], from: Int, atEnd: Bool) -> Int? {
        if old.isEmpty { return atEnd ? lines.count : from }
        let comparisons: [(String) -> String] = [{ $0 }, { String($0.reversed().drop(while: \.isWhitespace).reversed()) }, { $0.trimmingCharacters(in: " \t") }]
        for normalise in comparisons {
            let wanted = old.map(normalise)
            let candidates = atEnd ? [lines.count - old.count] : Array(stride(from: from, through: lines.count - old.count, by: 1))
            for start in candidates where start >= 0 && start + old.count <= lines.count {
                if lines[start..<(start + old.count)].map(normalise) == wanted { return start }
            }
        }
        return nil
    }
}
