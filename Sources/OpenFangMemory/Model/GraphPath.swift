/// A chain of edges found by a graph query; no entity appears twice on it.
public struct GraphPath: Sendable, Hashable {
    /// One edge with both of its entities.
    public struct Step: Sendable, Hashable {
        /// Where the edge starts.
        public var from: Entity
        /// The edge.
        public var relation: Relation
        /// Where it ends.
        public var to: Entity
    }

    /// The edges in order.
    public var steps: [Step]

    /// Number of edges.
    public var depth: Int { steps.count }

    /// `Alice -works_on-> OpenFang -written_in-> Swift`.
    public var summary: String {
        guard let first = steps.first else { return "" }
        return steps.reduce(first.from.name) { $0 + " -\($1.relation.relation)-> \($1.to.name)" }
    }
}
