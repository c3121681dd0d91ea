/// Caps one tool result at its share of the context: 30 % of the window at 2 characters per
/// token, cut at a line break, with a marker saying how much was cut.
public enum ToolResultTruncation {
    /// The largest result kept for a window of `contextWindow` tokens.
    static func limit(contextWindow: Int) -> Int { max(1_000, contextWindow * 3 / 10 * 2) }

    /// `content`, shortened when needed.
    public static func truncate(_ content: String, contextWindow: Int) -> String {
        cut(content, to: limit(contextWindow: contextWindow))
    }

    /// `content` cut to at most `limit` characters (plus the marker), at a line break when one is near.
    static func cut(_ content: String, to limit: Int) -> String {
        guard content.count > limit else { return content }
        var kept = content.prefix(limit)
        if let newline = kept.lastIndex(of: "\n"), kept.distance(from: kept.startIndex, to: newline) > limit / 2 {
            kept = kept[..<newline]
        }
        return String(kept) + "\n\n[… truncated \(content.count - kept.count) of \(content.count) characters to fit the context]"
    }
}
