/// One recalled fragment and why it ranked where it did.
public struct RecallHit: Sendable, Hashable {
    /// The fragment (with its access count already updated).
    public var fragment: MemoryFragment
    /// Reciprocal-rank-fusion score (higher is better).
    public var score: Double
    /// 1-based rank by BM25 keyword match, if it matched.
    public var keywordRank: Int?
    /// 1-based rank by embedding similarity, if embeddings were compared.
    public var vectorRank: Int?
}
