import OpenFangTypes

/// Entities and typed relations, searched over several hops.
public protocol KnowledgeGraphStore: Sendable {
    /// Adds an entity.
    func addEntity(name: String, type: String, properties: [String: JSONValue]) async throws -> Entity
    /// Adds a relation between two existing entities.
    func addRelation(
        from source: EntityID, _ relation: String, to target: EntityID, confidence: Double, properties: [String: JSONValue]
    ) async throws -> Relation
    /// Entities whose name matches (case-insensitive).
    func entities(named name: String) async throws -> [Entity]
    /// Paths matching the query, shortest first, up to `maxDepth` edges; cycles are not followed.
    func paths(_ query: GraphQuery) async throws -> [GraphPath]
}
