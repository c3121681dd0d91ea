/// Fragments of text with optional embeddings, recalled by keyword and meaning together.
public protocol SemanticStore: Sendable {
    /// Stores a fragment.
    func remember(_ fragment: NewFragment) async throws -> MemoryFragment
    /// The fragments best matching `query`: BM25 always, plus embedding similarity when `embedder`
    /// is given, merged by reciprocal rank fusion. Recalled fragments have their access updated.
    func recall(_ query: String, limit: Int, filter: RecallFilter, embedder: (any Embedder)?) async throws -> [RecallHit]
    /// Deletes a fragment; false when it was not there.
    @discardableResult
    func forget(_ id: FragmentID) async throws -> Bool
    /// Merges duplicates, decays unused fragments, prunes the weakest.
    func consolidate(_ policy: ConsolidationPolicy) async throws -> ConsolidationReport
}
