import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

extension SQLiteMemoryStore: KnowledgeGraphStore {
    public func addEntity(name: String, type: String, properties: [String: JSONValue]) async throws -> Entity {
        guard !name.isEmpty else { throw MemoryError.invalidArgument("an entity needs a name") }
        let entity = Entity(id: .random(), name: name, type: type, properties: properties, createdAt: now())
        let binds: [SQLiteData] = [
            .text(entity.id.description), .text(name), .text(type), try SQLiteBinding.json(properties), SQLiteBinding.time(entity.createdAt),
        ]
        try await write { tx in
            try await tx.execute("INSERT INTO entities (id, name, type, properties, created_at) VALUES (?, ?, ?, ?, ?)", binds)
        }
        return entity
    }

    public func addRelation(
        from source: EntityID, _ relation: String, to target: EntityID, confidence: Double, properties: [String: JSONValue]
    ) async throws -> Relation {
        let edge = Relation(
            id: .random(), source: source, relation: relation, target: target, confidence: confidence, properties: properties,
            createdAt: now())
        let binds: [SQLiteData] = [
            .text(edge.id.description), .text(source.description), .text(relation), .text(target.description), .float(confidence),
            try SQLiteBinding.json(properties), SQLiteBinding.time(edge.createdAt),
        ]
        try await write { tx in
            let found = try await tx.rows("SELECT id FROM entities WHERE id IN (?, ?)", [.text(source.description), .text(target.description)])
            guard found.count == (source == target ? 1 : 2) else {
                throw MemoryError.notFound("cannot relate \(source) to \(target): both entities must exist")
            }
            try await tx.execute(
                "INSERT INTO relations (id, source, relation, target, confidence, properties, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                binds)
        }
        return edge
    }

    public func entities(named name: String) async throws -> [Entity] {
        try await read { db in
            try await db.rows("SELECT * FROM entities WHERE name = ? COLLATE NOCASE ORDER BY created_at", [.text(name)]).map(RowDecoding.entity)
        }
    }

    public func paths(_ query: GraphQuery) async throws -> [GraphPath] {
        guard query.maxDepth >= 1 else { throw MemoryError.invalidArgument("maxDepth must be at least 1") }
        let sources = try await resolve(query.source)
        let targets = try await resolve(query.target)
        if query.source != nil, sources?.isEmpty == true { return [] }
        if query.target != nil, targets?.isEmpty == true { return [] }
        let search = GraphSearch(maxDepth: query.maxDepth, targets: sources == nil ? nil : targets.map { Set($0) })
        // Walk forwards from the sources, or backwards from the targets when only they are known.
        let forward = sources != nil || targets == nil
        let start = forward ? sources : targets
        let edgesFrom: @Sendable ([EntityID]?) async throws -> [Relation] = { frontier in
            try await self.edges(touching: frontier, outgoing: forward, relation: query.relation)
        }
        let found = try await search.run(start: start.map { Set($0) }, forward: forward, edges: edgesFrom)
        let entityIDs = Set(found.flatMap { $0.flatMap { [$0.source, $0.target] } })
        let entities = try await entities(withIDs: Array(entityIDs))
        return found.compactMap { chain in
            let steps = chain.compactMap { edge -> GraphPath.Step? in
                guard let from = entities[edge.source], let to = entities[edge.target] else { return nil }
                return GraphPath.Step(from: from, relation: edge, to: to)
            }
            return steps.count == chain.count ? GraphPath(steps: steps) : nil
        }
    }

    /// Entity ids matching an id or a name; nil when no constraint was given.
    private func resolve(_ reference: String?) async throws -> [EntityID]? {
        guard let reference else { return nil }
        if let id = EntityID(reference) { return [id] }
        return try await entities(named: reference).map(\.id)
    }

    private func edges(touching frontier: [EntityID]?, outgoing: Bool, relation: String?) async throws -> [Relation] {
        var conditions: [String] = []
        var binds: [SQLiteData] = []
        if let frontier {
            guard !frontier.isEmpty else { return [] }
            let column = outgoing ? "source" : "target"
            conditions.append("\(column) IN (\(Array(repeating: "?", count: frontier.count).joined(separator: ", ")))")
            binds += frontier.map { SQLiteData.text($0.description) }
        }
        if let relation {
            conditions.append("relation = ?")
            binds.append(.text(relation))
        }
        let sql = "SELECT * FROM relations" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
        let query = sql + " ORDER BY created_at"
        let values = binds
        return try await read { db in try await db.rows(query, values).map(RowDecoding.relation) }
    }

    private func entities(withIDs ids: [EntityID]) async throws -> [EntityID: Entity] {
        guard !ids.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let rows = try await read { db in
            try await db.rows("SELECT * FROM entities WHERE id IN (\(placeholders))", ids.map { .text($0.description) })
        }
        return Dictionary(try rows.map(RowDecoding.entity).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
