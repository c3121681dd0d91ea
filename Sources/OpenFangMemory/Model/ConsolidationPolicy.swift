/// How consolidation treats fragments.
public struct ConsolidationPolicy: Sendable, Hashable {
    /// Confidence lost per day without access (0.1 = 10 % a day, compounding).
    public var decayRate: Double
    /// Fragments below this confidence are deleted.
    public var pruneBelow: Double
    /// Cosine similarity at or above which two embedded fragments of one agent are duplicates.
    public var duplicateSimilarity: Float

    /// Creates a policy.
    public init(decayRate: Double = 0.1, pruneBelow: Double = 0.1, duplicateSimilarity: Float = 0.97) {
        self.decayRate = decayRate
        self.pruneBelow = pruneBelow
        self.duplicateSimilarity = duplicateSimilarity
    }
}
