import FoundationEssentials
import OpenFangTypes
import SQLiteNIO
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SQLiteMemoryStore {
    /// Fragments per agent above which the pairwise embedding comparison is skipped.
    static let maximumFragmentsCompared = 5_000

    public func consolidate(_ policy: ConsolidationPolicy) async throws -> ConsolidationReport {
        try await loadVectorsIfNeeded()
        let nearDuplicates = await vectors.duplicatePairs(threshold: policy.duplicateSimilarity, maximumPerAgent: Self.maximumFragmentsCompared)
        let time = now()
        let day = 86_400.0
        let outcome = try await write { tx -> (merged: [Int64], decayed: [(Int64, Double)], pruned: [Int64]) in
            var merged: [Int64] = []
            let exact = try await tx.rows(
                """
                SELECT MIN(id) AS keep, group_concat(id) AS ids FROM fragments
                GROUP BY agent_id, lower(trim(content)) HAVING COUNT(*) > 1
                """)
            var pairs: [(keep: Int64, drop: Int64)] = nearDuplicates
            for row in exact {
                guard let keep = row.column("keep")?.integer, let ids = row.column("ids")?.string else { continue }
                for id in ids.split(separator: ",").compactMap({ Int64($0) }) where id != Int64(keep) {
                    pairs.append((Int64(keep), id))
                }
            }
            for pair in pairs where !merged.contains(pair.drop) && !merged.contains(pair.keep) {
                try await tx.execute(
                    """
                    UPDATE fragments SET
                        access_count = access_count + (SELECT access_count FROM fragments WHERE id = ?2),
                        confidence = MAX(confidence, (SELECT confidence FROM fragments WHERE id = ?2)),
                        accessed_at = MAX(accessed_at, (SELECT accessed_at FROM fragments WHERE id = ?2))
                    WHERE id = ?1
                    """, [.integer(Int(pair.keep)), .integer(Int(pair.drop))])
                try await tx.execute("DELETE FROM fragments WHERE id = ?", [.integer(Int(pair.drop))])
                merged.append(pair.drop)
            }
            var decayed: [(Int64, Double)] = []
            let stale = try await tx.rows(
                "SELECT id, confidence, MAX(accessed_at, decayed_at) AS since FROM fragments WHERE MAX(accessed_at, decayed_at) <= ?",
                [.float(time.timeIntervalSince1970 - day)])
            for row in stale {
                guard let id = row.column("id")?.integer, let confidence = row.column("confidence")?.double,
                    let since = row.column("since")?.double
                else { continue }
                let days = (time.timeIntervalSince1970 - since) / day
                let updated = confidence * pow(1 - policy.decayRate, days)
                try await tx.execute(
                    "UPDATE fragments SET confidence = ?, decayed_at = ? WHERE id = ?",
                    [.float(updated), SQLiteBinding.time(time), .integer(id)])
                decayed.append((Int64(id), updated))
            }
            let pruned = try await tx.rows("DELETE FROM fragments WHERE confidence < ? RETURNING id", [.float(policy.pruneBelow)])
                .compactMap { $0.column("id")?.integer.map(Int64.init) }
            return (merged, decayed, pruned)
        }
        await vectors.remove(rowIDs: outcome.merged + outcome.pruned)
        for (rowID, confidence) in outcome.decayed { await vectors.updateConfidence(rowID: rowID, to: confidence) }
        let prunedSet = Set(outcome.pruned)
        return ConsolidationReport(
            merged: outcome.merged.count, decayed: outcome.decayed.filter { !prunedSet.contains($0.0) }.count,
            pruned: outcome.pruned.count)
    }
}
