import Foundation
import OpenFangMemory
import OpenFangTypes
import SQLiteNIO

/// Measures the memory substrate beside raw sqlite-nio baselines in the same run.
/// Run: swift run -c release --scratch-path .build-bench MemoryBenchmark [fragments] [queries]
@main
enum MemoryBenchmark {
    static let dimensions = 384

    static func main() async throws {
        let fragmentCount = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 100_000 : 100_000
        let queryCount = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 200 : 200
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openfang-bench-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        print("# OpenFang memory benchmark: \(fragmentCount) fragments × \(dimensions) dimensions, \(queryCount) queries")
        print("# machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; database in \(folder)")

        var random = SplitMix(seed: 42)
        let store = try await SQLiteMemoryStore.open(path: folder + "/bench.db")
        let agent = AgentID.random()
        let centroids = (0..<64).map { _ in (0..<dimensions).map { _ in Float(random.nextUnit() * 2 - 1) } }
        let insertStart = ContinuousClock.now
        var batch: [NewFragment] = []
        for index in 0..<fragmentCount {
            let topic = index % centroids.count
            batch.append(NewFragment(
                agentID: agent, content: Words.sentence(topic: topic, index: index, random: &random),
                embedding: Vectors.near(centroids[topic], spread: 0.35, random: &random)))
            if batch.count == 1_000 {
                _ = try await store.remember(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { _ = try await store.remember(batch) }
        let insertSeconds = seconds(ContinuousClock.now - insertStart)
        print(String(format: "insert: %d fragments in %.1f s (%.0f/s, batches of 1,000)", fragmentCount, insertSeconds, Double(fragmentCount) / insertSeconds))

        let embedder = FixedEmbedder(centroids: centroids)
        let warm = ContinuousClock.now
        _ = try await store.recall("topic0 warmup", limit: 10, filter: RecallFilter(agentID: agent), embedder: embedder)
        print(String(format: "first recall (loads the vector index): %.0f ms", seconds(ContinuousClock.now - warm) * 1000))
        var recall: [Double] = []
        for query in 0..<queryCount {
            let start = ContinuousClock.now
            _ = try await store.recall("topic\(query % 64) \(Words.vocabulary[query % Words.vocabulary.count])", limit: 10, filter: RecallFilter(agentID: agent), embedder: embedder)
            recall.append(seconds(ContinuousClock.now - start) * 1000)
        }
        var keywordOnly: [Double] = []
        var vectorOnly: [Double] = []
        for query in 0..<queryCount {
            var start = ContinuousClock.now
            _ = try await store.recall("topic\(query % 64) \(Words.vocabulary[query % Words.vocabulary.count])", limit: 10, filter: RecallFilter(agentID: agent), embedder: nil)
            keywordOnly.append(seconds(ContinuousClock.now - start) * 1000)
            start = ContinuousClock.now
            _ = try await store.recall("topic\(query % 64) zzzunmatched", limit: 10, filter: RecallFilter(agentID: agent), embedder: embedder)
            vectorOnly.append(seconds(ContinuousClock.now - start) * 1000)
        }
        await store.close()

        let raw = try await SQLiteConnection.open(storage: .file(path: folder + "/bench.db"))
        var baseline: [Double] = []
        for query in 0..<queryCount {
            let start = ContinuousClock.now
            try await raw.query("SELECT rowid FROM fragments_fts WHERE fragments_fts MATCH ? ORDER BY bm25(fragments_fts) LIMIT 40",
                                [.text("\"topic\(query % 64)\"")]) { _ in }
            baseline.append(seconds(ContinuousClock.now - start) * 1000)
        }
        try await raw.close()
        print(String(format: "hybrid recall (BM25 + cosine over %d vectors, RRF): p50 %.2f ms, p95 %.2f ms", fragmentCount, percentile(recall, 50), percentile(recall, 95)))
        print(String(format: "  of which keyword part alone (BM25, no embedder):  p50 %.2f ms, p95 %.2f ms", percentile(keywordOnly, 50), percentile(keywordOnly, 95)))
        print(String(format: "  vector part alone (query words match nothing):  p50 %.2f ms, p95 %.2f ms", percentile(vectorOnly, 50), percentile(vectorOnly, 95)))
        print(String(format: "baseline raw sqlite-nio FTS5 query:                p50 %.2f ms, p95 %.2f ms (ratio p50 %.1fx)", percentile(baseline, 50), percentile(baseline, 95), percentile(recall, 50) / max(percentile(baseline, 50), 0.001)))

        for durability in [SQLiteMemoryStore.Durability.processCrash, .powerLoss] {
            try await journalAndKV(folder: folder, durability: durability)
        }
    }

    static func journalAndKV(folder: String, durability: SQLiteMemoryStore.Durability) async throws {
        let label = durability == .processCrash ? "synchronous=NORMAL (survives process crash)" : "synchronous=FULL (survives power loss)"
        let path = folder + "/journal-\(durability == .processCrash ? "normal" : "full").db"
        let store = try await SQLiteMemoryStore.open(path: path, durability: durability)
        let run = try await store.beginRun(agent: .random(), session: nil)
        let steps = 5_000
        var start = ContinuousClock.now
        for index in 0..<steps { try await store.appendStep(to: run.id, kind: .note, payload: .integer(Int64(index))) }
        let journal = Double(steps) / seconds(ContinuousClock.now - start)
        start = ContinuousClock.now
        for index in 0..<steps { try await store.setValue(.integer(Int64(index)), forKey: "k\(index)", in: .shared) }
        let kv = Double(steps) / seconds(ContinuousClock.now - start)
        await store.close()

        let raw = try await SQLiteConnection.open(storage: .file(path: path))
        try await raw.query("PRAGMA synchronous = \(durability == .processCrash ? "NORMAL" : "FULL")", []) { _ in }
        try await raw.query("CREATE TABLE IF NOT EXISTS raw_bench (id INTEGER PRIMARY KEY, v TEXT)", []) { _ in }
        start = ContinuousClock.now
        for index in 0..<steps { try await raw.query("INSERT INTO raw_bench (v) VALUES (?)", [.text("\(index)")]) { _ in } }
        let baseline = Double(steps) / seconds(ContinuousClock.now - start)
        try await raw.close()
        print(String(format: "%@: journal %.0f steps/s, KV %.0f sets/s; baseline raw autocommit INSERT %.0f/s", label, journal, kv, baseline))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((p / 100) * Double(sorted.count - 1)))]
    }
}

/// Query embeddings: the topic's centroid.
struct FixedEmbedder: Embedder {
    let centroids: [[Float]]

    func embed(_ texts: [String]) async throws -> [[Float]] {
        texts.map { text in
            let topic = Int(text.split(separator: " ").first?.dropFirst(5) ?? "0") ?? 0
            return centroids[topic % centroids.count]
        }
    }
}

/// Deterministic pseudo-random numbers.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

enum Vectors {
    static func near(_ centroid: [Float], spread: Float, random: inout SplitMix) -> [Float] {
        centroid.map { $0 + Float(random.nextUnit() * 2 - 1) * spread }
    }
}

enum Words {
    static let vocabulary = [
        "agent", "memory", "kernel", "budget", "schedule", "channel", "session", "tool", "model", "driver", "token",
        "cost", "workflow", "trigger", "approval", "audit", "skill", "hand", "peer", "config", "sandbox", "shell",
        "network", "file", "search", "summary", "report", "deploy", "backup", "invoice",
    ]

    static func sentence(topic: Int, index: Int, random: inout SplitMix) -> String {
        var words = ["topic\(topic)"]
        for _ in 0..<12 { words.append(vocabulary[Int(random.next() % UInt64(vocabulary.count))]) }
        words.append("n\(index)")
        return words.joined(separator: " ")
    }
}
