import FoundationEssentials
import OpenFangTypes

/// Normalised fragment embeddings held in memory for brute-force cosine search, loaded from the
/// database on first use and kept current by every write that touches fragments.
actor VectorIndex {
    struct Candidate: Sendable {
        var rowID: Int64
        var similarity: Float
    }

    struct Meta: Sendable {
        var agentID: AgentID
        var source: String
        var createdAt: Date
        var confidence: Double
    }

    private(set) var isLoaded = false
    private var dimension = 0
    private var rowIDs: [Int64] = []
    private var metas: [Meta] = []
    /// The agent of each vector, kept apart from `metas` so the common filter reads no strings.
    private var agents: [AgentID] = []
    private var vectors: [Float] = []
    private var positions: [Int64: Int] = [:]

    func markLoaded() { isLoaded = true }

    var count: Int { rowIDs.count }

    /// Adds or replaces a fragment's vector (ignored when its dimension differs from the index's).
    func upsert(rowID: Int64, meta: Meta, vector: [Float]) {
        guard !vector.isEmpty else { return }
        if dimension == 0 { dimension = vector.count }
        guard vector.count == dimension, let normalized = Self.normalized(vector) else { return }
        if let position = positions[rowID] {
            metas[position] = meta
            agents[position] = meta.agentID
            vectors.replaceSubrange(position * dimension..<(position + 1) * dimension, with: normalized)
        } else {
            positions[rowID] = rowIDs.count
            rowIDs.append(rowID)
            metas.append(meta)
            agents.append(meta.agentID)
            vectors.append(contentsOf: normalized)
        }
    }

    func remove(rowIDs removed: [Int64]) {
        for rowID in removed {
            guard let position = positions.removeValue(forKey: rowID) else { continue }
            let last = rowIDs.count - 1
            if position != last {
                rowIDs[position] = rowIDs[last]
                metas[position] = metas[last]
                agents[position] = agents[last]
                vectors.replaceSubrange(position * dimension..<(position + 1) * dimension, with: vectors[last * dimension..<(last + 1) * dimension])
                positions[rowIDs[position]] = position
            }
            rowIDs.removeLast()
            metas.removeLast()
            agents.removeLast()
            vectors.removeLast(dimension)
        }
    }

    func updateConfidence(rowID: Int64, to confidence: Double) {
        if let position = positions[rowID] { metas[position].confidence = confidence }
    }

    /// The `limit` most similar vectors that pass `filter`, most similar first.
    func nearest(to query: [Float], filter: RecallFilter, limit: Int, minimumSimilarity: Float = 0) -> [Candidate] {
        guard query.count == dimension, let unit = Self.normalized(query), limit > 0 else { return [] }
        var best: [Candidate] = []
        let onlyAgent = filter.sources == nil && filter.since == nil && filter.until == nil && filter.minimumConfidence == nil
        vectors.withUnsafeBufferPointer { all in
            unit.withUnsafeBufferPointer { q in
                for index in rowIDs.indices {
                    if onlyAgent {
                        if let agent = filter.agentID, agents[index] != agent { continue }
                    } else {
                        let meta = metas[index]
                        guard filter.admits(agentID: meta.agentID, source: meta.source, createdAt: meta.createdAt, confidence: meta.confidence)
                        else { continue }
                    }
                    let similarity = Self.dot(q, UnsafeBufferPointer(rebasing: all[index * dimension..<(index + 1) * dimension]))
                    guard similarity >= minimumSimilarity else { continue }
                    if best.count < limit {
                        best.append(Candidate(rowID: rowIDs[index], similarity: similarity))
                        if best.count == limit { best.sort { $0.similarity > $1.similarity } }
                    } else if similarity > best[limit - 1].similarity {
                        var slot = limit - 1
                        while slot > 0, best[slot - 1].similarity < similarity { slot -= 1 }
                        best.insert(Candidate(rowID: rowIDs[index], similarity: similarity), at: slot)
                        best.removeLast()
                    }
                }
            }
        }
        return best.sorted { $0.similarity > $1.similarity }
    }

    /// Pairs of one agent's fragments at or above `threshold` similarity (older row first).
    func duplicatePairs(threshold: Float, maximumPerAgent: Int) -> [(keep: Int64, drop: Int64)] {
        var byAgent: [AgentID: [Int]] = [:]
        for index in rowIDs.indices { byAgent[metas[index].agentID, default: []].append(index) }
        var pairs: [(keep: Int64, drop: Int64)] = []
        var dropped = Set<Int64>()
        vectors.withUnsafeBufferPointer { all in
            for indices in byAgent.values where indices.count <= maximumPerAgent {
                let ordered = indices.sorted { rowIDs[$0] < rowIDs[$1] }
                for (offset, a) in ordered.enumerated() where !dropped.contains(rowIDs[a]) {
                    let va = UnsafeBufferPointer(rebasing: all[a * dimension..<(a + 1) * dimension])
                    for b in ordered[(offset + 1)...] where !dropped.contains(rowIDs[b]) {
                        let vb = UnsafeBufferPointer(rebasing: all[b * dimension..<(b + 1) * dimension])
                        if Self.dot(va, vb) >= threshold {
                            pairs.append((rowIDs[a], rowIDs[b]))
                            dropped.insert(rowIDs[b])
                        }
                    }
                }
            }
        }
        return pairs
    }

    static func normalized(_ vector: [Float]) -> [Float]? {
        let norm = vector.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0, norm.isFinite else { return nil }
        return vector.map { $0 / norm }
    }

    static func dot(_ a: UnsafeBufferPointer<Float>, _ b: UnsafeBufferPointer<Float>) -> Float {
        var sum = SIMD8<Float>()
        var index = 0
        let count = min(a.count, b.count)
        if count >= 8, let baseA = a.baseAddress, let baseB = b.baseAddress {
            let rawA = UnsafeRawPointer(baseA)
            let rawB = UnsafeRawPointer(baseB)
            while index + 8 <= count {
                let offset = index * MemoryLayout<Float>.stride
                sum += rawA.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                    * rawB.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                index += 8
            }
        }
        var total = sum.sum()
        while index < count {
            total += a[index] * b[index]
            index += 1
        }
        return total
    }
}
