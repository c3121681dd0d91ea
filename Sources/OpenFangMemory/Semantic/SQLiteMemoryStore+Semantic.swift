import FoundationEssentials
import OpenFangTypes
import SQLiteNIO

extension SQLiteMemoryStore: SemanticStore {
    /// Reciprocal rank fusion constant (the usual 60).
    static let fusionK = 60.0

    public func remember(_ fragment: NewFragment) async throws -> MemoryFragment {
        guard let stored = try await remember([fragment]).first else {
            throw MemoryError.corruptRow(table: "fragments", reason: "insert returned nothing")
        }
        return stored
    }

    /// Stores several fragments in one transaction (bulk imports).
    public func remember(_ fragments: [NewFragment]) async throws -> [MemoryFragment] {
        for fragment in fragments where fragment.content.isEmpty {
            throw MemoryError.invalidArgument("a fragment's content may not be empty")
        }
        let time = now()
        let inserts: [[SQLiteData]] = try fragments.map { fragment in
            [
                .text(FragmentID.random().description), .text(fragment.agentID.description), .text(fragment.content),
                .text(fragment.source), try SQLiteBinding.json(fragment.metadata), .float(fragment.confidence),
                fragment.embedding.map { SQLiteBinding.blob(EmbeddingCoding.encode($0)) } ?? .null, SQLiteBinding.time(time),
                SQLiteBinding.time(time), SQLiteBinding.time(time),
            ]
        }
        let rows = try await write { tx in
            var rows: [SQLiteRow] = []
            for binds in inserts {
                guard let row = try await tx.first(
                    """
                    INSERT INTO fragments (fragment_id, agent_id, content, source, metadata, confidence, embedding,
                        created_at, accessed_at, decayed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *
                    """, binds)
                else { throw MemoryError.corruptRow(table: "fragments", reason: "insert returned nothing") }
                rows.append(row)
            }
            return rows
        }
        if await vectors.isLoaded {
            for (fragment, row) in zip(fragments, rows) {
                guard let vector = fragment.embedding, let rowID = row.column("id")?.integer else { continue }
                await vectors.upsert(
                    rowID: Int64(rowID),
                    meta: .init(agentID: fragment.agentID, source: fragment.source, createdAt: time, confidence: fragment.confidence),
                    vector: vector)
            }
        }
        return try rows.map(RowDecoding.fragment)
    }

    public func recall(_ query: String, limit: Int, filter: RecallFilter, embedder: (any Embedder)?) async throws -> [RecallHit] {
        guard limit > 0 else { return [] }
        let candidates = max(limit * 4, 20)
        async let keywordResult = keywordRanking(query, filter: filter, limit: candidates)
        var semantic: [Int64] = []
        if let embedder, let vector = try await embedder.embed([query]).first {
            try await loadVectorsIfNeeded()
            semantic = await vectors.nearest(to: vector, filter: filter, limit: candidates).map(\.rowID)
        }
        let keyword = try await keywordResult
        var scores: [Int64: (score: Double, keyword: Int?, vector: Int?)] = [:]
        for (rank, rowID) in keyword.enumerated() {
            scores[rowID, default: (0, nil, nil)].score += 1 / (Self.fusionK + Double(rank + 1))
            scores[rowID]?.keyword = rank + 1
        }
        for (rank, rowID) in semantic.enumerated() {
            scores[rowID, default: (0, nil, nil)].score += 1 / (Self.fusionK + Double(rank + 1))
            scores[rowID]?.vector = rank + 1
        }
        let chosen = scores.sorted { ($0.value.score, -$0.key) > ($1.value.score, -$1.key) }.prefix(limit)
        guard !chosen.isEmpty else { return [] }
        let ids = chosen.map(\.key)
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let time = SQLiteBinding.time(now())
        let rows = try await write { tx in
            try await tx.rows(
                "UPDATE fragments SET access_count = access_count + 1, accessed_at = ? WHERE id IN (\(placeholders)) RETURNING *",
                [time] + ids.map { .integer(Int($0)) })
        }
        var byID: [Int64: MemoryFragment] = [:]
        for row in rows {
            if let rowID = row.column("id")?.integer { byID[Int64(rowID)] = try RowDecoding.fragment(row) }
        }
        return chosen.compactMap { entry in
            byID[entry.key].map { RecallHit(fragment: $0, score: entry.value.score, keywordRank: entry.value.keyword, vectorRank: entry.value.vector) }
        }
    }

    @discardableResult
    public func forget(_ id: FragmentID) async throws -> Bool {
        let removed = try await write { tx in
            try await tx.rows("DELETE FROM fragments WHERE fragment_id = ? RETURNING id", [.text(id.description)])
                .compactMap { $0.column("id")?.integer.map(Int64.init) }
        }
        await vectors.remove(rowIDs: removed)
        return !removed.isEmpty
    }

    /// Row ids ranked by BM25 among fragments that pass the filter. The ranking runs on the
    /// full-text index alone first (cheap even when a common word matches most fragments) and the
    /// filter is applied to that shortlist; only if the shortlist runs dry does it rank with the
    /// filter joined in.
    private func keywordRanking(_ query: String, filter: RecallFilter, limit: Int) async throws -> [Int64] {
        let terms = FullTextQuery.terms(query)
        guard !terms.isEmpty else { return [] }
        let (clause, binds) = Self.whereClause(filter, alias: "f")
        let shortlistSize = max(limit * 5, 200)
        return try await read { db in
            guard let match = FullTextQuery.match(try await Self.informativeTerms(terms, db: db)) else { return [] }
            let shortlist = try await db.rows(
                "SELECT rowid FROM fragments_fts WHERE fragments_fts MATCH ? ORDER BY rank LIMIT ?", [.text(match), .integer(shortlistSize)]
            ).compactMap { $0.column("rowid")?.integer.map(Int64.init) }
            if clause.isEmpty { return Array(shortlist.prefix(limit)) }
            if !shortlist.isEmpty {
                let placeholders = Array(repeating: "?", count: shortlist.count).joined(separator: ", ")
                let admitted = Set(try await db.rows(
                    // NOT INDEXED: look the shortlist up by rowid; the agent index would scan every fragment of the agent.
                    "SELECT f.id FROM fragments f NOT INDEXED WHERE f.id IN (\(placeholders)) AND \(clause)",
                    shortlist.map { .integer(Int($0)) } + binds
                ).compactMap { $0.column("id")?.integer.map(Int64.init) })
                let kept = shortlist.filter(admitted.contains)
                if kept.count >= limit || shortlist.count < shortlistSize { return Array(kept.prefix(limit)) }
            }
            return try await db.rows(
                """
                SELECT f.id FROM fragments_fts JOIN fragments f ON f.id = fragments_fts.rowid
                WHERE fragments_fts MATCH ? AND \(clause) ORDER BY rank LIMIT ?
                """, [.text(match)] + binds + [.integer(limit)]
            ).compactMap { $0.column("id")?.integer.map(Int64.init) }
        }
    }

    /// Drops words too common to rank by, using FTS5's own term statistics.
    static func informativeTerms(_ terms: [String], db: SQLiteConnectionHandle) async throws -> [String] {
        var counts: [String: Int] = [:]
        // One equality lookup per word: fts5vocab seeks on `term =` but scans the vocabulary for `IN`.
        for term in terms {
            if let docs = try await db.first("SELECT doc FROM fragments_vocab WHERE term = ?", [.text(term)])?.column("doc")?.integer {
                counts[term] = Int(docs)
            }
        }
        let total = Int(try await db.first("SELECT MAX(id) AS total FROM fragments")?.column("total")?.integer ?? 0)
        return FullTextQuery.informative(terms, documentCounts: counts, total: total)
    }

    static func whereClause(_ filter: RecallFilter, alias: String) -> (String, [SQLiteData]) {
        var parts: [String] = []
        var binds: [SQLiteData] = []
        if let agent = filter.agentID {
            parts.append("\(alias).agent_id = ?")
            binds.append(.text(agent.description))
        }
        if let sources = filter.sources {
            parts.append("\(alias).source IN (\(sources.isEmpty ? "NULL" : Array(repeating: "?", count: sources.count).joined(separator: ", ")))")
            binds += sources.map(SQLiteData.text)
        }
        if let since = filter.since {
            parts.append("\(alias).created_at >= ?")
            binds.append(SQLiteBinding.time(since))
        }
        if let until = filter.until {
            parts.append("\(alias).created_at < ?")
            binds.append(SQLiteBinding.time(until))
        }
        if let minimum = filter.minimumConfidence {
            parts.append("\(alias).confidence >= ?")
            binds.append(.float(minimum))
        }
        return (parts.joined(separator: " AND "), binds)
    }

    /// Loads every stored embedding into the in-memory index, once.
    func loadVectorsIfNeeded() async throws {
        guard await !vectors.isLoaded else { return }
        let rows = try await read { db in
            try await db.rows("SELECT id, agent_id, source, created_at, confidence, embedding FROM fragments WHERE embedding IS NOT NULL")
        }
        for row in rows {
            guard let rowID = row.column("id")?.integer, let agent = AgentID(try row.string("agent_id", in: "fragments")),
                let bytes = row.bytes("embedding")
            else { continue }
            await vectors.upsert(
                rowID: Int64(rowID),
                meta: .init(
                    agentID: agent, source: try row.string("source", in: "fragments"),
                    createdAt: try row.date("created_at", in: "fragments"), confidence: try row.double("confidence", in: "fragments")),
                vector: EmbeddingCoding.decode(bytes))
        }
        await vectors.markLoaded()
    }
}
