import FoundationEssentials
import OpenFangTypes

/// Reads the `*** Begin Patch` format (OpenAI's apply_patch, used by OpenFang): Add File,
/// Update File (with Move to and `@@` hunks), Delete File, End Patch.
enum PatchParser {
    /// The operations, or the line that broke the format.
    static func parse(_ text: String) throws(PatchError) -> [PatchOperation] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first?.trimmingCharacters(in: " \t"), first == "*** Begin Patch" else {
            throw PatchError("the patch must start with \"*** Begin Patch\"")
        }
        guard lines.last?.trimmingCharacters(in: " \t") == "*** End Patch" else { throw PatchError("the patch must end with \"*** End Patch\"") }
        var operations: [PatchOperation] = []
        var index = 1
        while index < lines.count - 1 {
            let line = lines[index]
            if let path = value(line, "*** Add File: ") {
                index += 1
                var content: [String] = []
                while index < lines.count - 1, !lines[index].hasPrefix("*** ") {
                    guard lines[index].hasPrefix("+") else { throw PatchError("line \(index + 1): lines of an added file must start with \"+\"") }
                    content.append(String(lines[index].dropFirst()))
                    index += 1
                }
                operations.append(.add(path: path, lines: content))
            } else if let path = value(line, "*** Delete File: ") {
                operations.append(.delete(path: path))
                index += 1
            } else if let path = value(line, "*** Update File: ") {
                index += 1
                var moveTo: String?
                if index < lines.count - 1, let target = value(lines[index], "*** Move to: ") {
                    moveTo = target
                    index += 1
                }
                var hunks: [PatchHunk] = []
                while index < lines.count - 1, !lines[index].hasPrefix("*** ") || lines[index] == "*** End of File" {
                    let hunkLine = lines[index]
                    if hunkLine == "*** End of File" {
                        if !hunks.isEmpty { hunks[hunks.count - 1].atEnd = true }
                        index += 1
                        continue
                    }
                    if hunkLine.hasPrefix("@@") {
                        hunks.append(PatchHunk(anchor: String(hunkLine.dropFirst(2)).trimmingCharacters(in: " \t"), lines: [], atEnd: false))
                    } else {
                        if hunks.isEmpty { hunks.append(PatchHunk(anchor: "", lines: [], atEnd: false)) }
                        let body = String(hunkLine.dropFirst())
                        switch hunkLine.first {
                        case "+": hunks[hunks.count - 1].lines.append(.added(body))
                        case "-": hunks[hunks.count - 1].lines.append(.removed(body))
                        case " ": hunks[hunks.count - 1].lines.append(.context(body))
                        case nil: hunks[hunks.count - 1].lines.append(.context(""))
                        default: throw PatchError("line \(index + 1): hunk lines must start with \" \", \"-\" or \"+\" (got \"\(hunkLine.prefix(40))\")")
                        }
                    }
                    index += 1
                }
                guard hunks.contains(where: { !$0.lines.isEmpty }) || moveTo != nil else { throw PatchError("Update File: \(path) has no changes") }
                operations.append(.update(path: path, moveTo: moveTo, hunks: hunks.filter { !$0.lines.isEmpty }))
            } else {
                throw PatchError("line \(index + 1): expected \"*** Add File:\", \"*** Update File:\" or \"*** Delete File:\" (got \"\(line.prefix(60))\")")
            }
        }
        guard !operations.isEmpty else { throw PatchError("the patch contains no operations") }
        return operations
    }

    private static func value(_ line: String, _ prefix: String) -> String? {
        guard line.hasPrefix(prefix) else { return nil }
        let path = String(line.dropFirst(prefix.count)).trimmingCharacters(in: " \t")
        return path.isEmpty ? nil : path
    }
}
