import FoundationEssentials
import OpenFangTypes

/// Recovers tool calls that a model wrote as text instead of through the API (14 forms, see
/// `TextToolCallFormat.table`). Only names of tools the agent has count (aliases normalised);
/// prose that merely mentions a tool is left alone.
public enum TextToolCallRecovery {
    /// The calls found and the text with them removed.
    public static func recover(from text: String, availableTools: Set<String>) -> (calls: [RecoveredToolCall], remainingText: String) {
        var taken: [(range: Range<String.Index>, call: RecoveredToolCall)] = []
        for pass in [false, true] {
            if pass, !taken.isEmpty { break }
            for format in TextToolCallFormat.table where format.lastResort == pass {
                for found in format.find(text) where !taken.contains(where: { $0.range.overlaps(found.range) }) {
                    guard let name = canonical(found.name, in: availableTools) else { continue }
                    taken.append((found.range, RecoveredToolCall(name: name, input: found.input)))
                }
            }
        }
        guard !taken.isEmpty else { return ([], text) }
        taken.sort { $0.range.lowerBound < $1.range.lowerBound }
        var remaining = ""
        var cursor = text.startIndex
        for entry in taken {
            remaining += text[cursor..<entry.range.lowerBound]
            cursor = entry.range.upperBound
        }
        remaining += text[cursor...]
        let cleaned = remaining.replacing("```\n```", with: "").trimmed()
        return (taken.map(\.call), cleaned)
    }

    /// The tool's name as the agent has it, or nil.
    static func canonical(_ name: String, in available: Set<String>) -> String? {
        if available.contains(name) { return name }
        let alias = ToolNameAliases.canonical(name)
        return available.contains(alias) ? alias : nil
    }
}
