/// What one consolidation pass did.
public struct ConsolidationReport: Sendable, Hashable, Codable {
    /// Duplicates folded into the fragment they repeated.
    public var merged: Int
    /// Fragments whose confidence was lowered.
    public var decayed: Int
    /// Fragments deleted for low confidence.
    public var pruned: Int
}
