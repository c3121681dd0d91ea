/// A graph search: any of source, relation and target (entity ids or names), up to `maxDepth` hops.
public struct GraphQuery: Sendable, Hashable {
    /// Start entity (id or name, case-insensitive); nil means any.
    public var source: String?
    /// Only follow edges of this relation type; nil means any.
    public var relation: String?
    /// End entity (id or name); nil means any.
    public var target: String?
    /// The longest path returned, in edges (at least 1).
    public var maxDepth: Int

    /// Creates a query.
    public init(source: String? = nil, relation: String? = nil, target: String? = nil, maxDepth: Int = 1) {
        self.source = source
        self.relation = relation
        self.target = target
        self.maxDepth = maxDepth
    }
}
