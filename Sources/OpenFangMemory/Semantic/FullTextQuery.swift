/// Turns free text into a safe FTS5 query: every word quoted (so no FTS5 syntax gets through),
/// common English stop words dropped unless nothing else is left, any word may match (BM25 ranks).
enum FullTextQuery {
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "does", "for", "from", "how", "i", "in", "is", "it",
        "me", "my", "of", "on", "or", "so", "that", "the", "this", "to", "was", "we", "were", "what", "when", "where",
        "which", "who", "with", "you",
    ]

    static func make(_ text: String) -> String? {
        match(terms(text))
    }

    /// The distinct search words of `text`, stop words dropped unless nothing else is left.
    static func terms(_ text: String) -> [String] {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        var seen = Set<String>()
        let unique = words.filter { seen.insert($0).inserted }
        let meaningful = unique.filter { !stopWords.contains($0) }
        return Array((meaningful.isEmpty ? unique : meaningful).prefix(32))
    }

    /// The MATCH expression for `terms`; nil when there are none.
    static func match(_ terms: [String]) -> String? {
        guard !terms.isEmpty else { return nil }
        return terms.map { "\"\($0)\"" }.joined(separator: " OR ")
    }

    /// Share of all fragments above which a word says too little to rank by (dynamic stop word).
    static let commonWordShare = 0.1

    /// `terms` without the words that occur in more than `commonWordShare` of `total` fragments
    /// (possibly none left). Such words barely move BM25 (their IDF is near zero) but
    /// make FTS5 score most of the table.
    static func informative(_ terms: [String], documentCounts: [String: Int], total: Int) -> [String] {
        guard total >= minimumFragmentsForStopWords else { return terms }
        // When every word is common (one-word messages included), keyword recall is skipped: it
        // would rank nearly every fragment of every agent, and cost grows with the whole store.
        return terms.filter { Double(documentCounts[$0] ?? 0) <= commonWordShare * Double(total) }
    }

    /// Below this many fragments no word counts as common (small stores rank everything cheaply).
    static let minimumFragmentsForStopWords = 1_000
}
