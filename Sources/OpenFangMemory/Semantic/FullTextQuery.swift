/// Turns free text into a safe FTS5 query: every word quoted (so no FTS5 syntax gets through),
/// common English stop words dropped unless nothing else is left, any word may match (BM25 ranks).
enum FullTextQuery {
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "does", "for", "from", "how", "i", "in", "is", "it",
        "me", "my", "of", "on", "or", "so", "that", "the", "this", "to", "was", "we", "were", "what", "when", "where",
        "which", "who", "with", "you",
    ]

    static func make(_ text: String) -> String? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        var seen = Set<String>()
        let unique = words.filter { seen.insert($0).inserted }
        let meaningful = unique.filter { !stopWords.contains($0) }
        let chosen = (meaningful.isEmpty ? unique : meaningful).prefix(32)
        guard !chosen.isEmpty else { return nil }
        return chosen.map { "\"\($0)\"" }.joined(separator: " OR ")
    }
}
