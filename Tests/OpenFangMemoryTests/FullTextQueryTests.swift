import OpenFangTypes
import Testing
@testable import OpenFangMemory

@Suite struct FullTextQueryTests {
    @Test func wordsAreQuotedAndStopWordsDropped() {
        #expect(FullTextQuery.make("What is the OpenFang kernel?") == "\"openfang\" OR \"kernel\"")
        #expect(FullTextQuery.make("the") == "\"the\"")
        #expect(FullTextQuery.make("  ,;!  ") == nil)
    }

    @Test func ftsSyntaxInTheQueryIsHarmless() async throws {
        let test = try await TestStore.make()
        let agent = AgentID.random()
        _ = try await test.store.remember(NewFragment(agentID: agent, content: "NEAR the content column"))
        for hostile in ["\"unbalanced", "a AND OR NOT b", "col:content", "NEAR(a b, 2)", "*", "x\" OR 1=1 --", "🙂 emoji only"] {
            _ = try await test.store.recall(hostile, limit: 5, filter: RecallFilter(agentID: agent), embedder: nil)
        }
        let hit = try await test.store.recall("content\"", limit: 5, filter: RecallFilter(agentID: agent), embedder: nil)
        #expect(hit.count == 1)
        await test.finish()
    }
}

@Suite struct InformativeTermTests {
    @Test func wordsInMostFragmentsAreDropped() {
        let counts = ["agent": 40_000, "topic7": 1_500, "kernel": 30_000]
        #expect(FullTextQuery.informative(["topic7", "agent"], documentCounts: counts, total: 100_000) == ["topic7"])
        #expect(FullTextQuery.informative(["agent", "kernel"], documentCounts: counts, total: 100_000) == [], "all common: no keyword recall")
        #expect(FullTextQuery.informative(["agent"], documentCounts: counts, total: 100_000) == [], "one common word too (it scanned the store)")
        #expect(FullTextQuery.informative(["agent"], documentCounts: ["agent": 400], total: 900) == ["agent"], "a small store ranks everything")
        #expect(FullTextQuery.informative(["rare", "agent"], documentCounts: counts, total: 100_000) == ["rare"])
    }
}
