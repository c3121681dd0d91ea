/// Turns free text into a safe FTS5 query: every word quoted, any word may match (BM25 ranks).
enum FullTextQuery {
    static func make(_ text: String) -> String? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }.prefix(32).map { "\"\($0)\"" }.joined(separator: " OR ")
    }
}
