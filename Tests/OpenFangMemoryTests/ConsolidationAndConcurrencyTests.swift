import Foundation
import OpenFangTesting
import OpenFangTypes
import Synchronization
import Testing
@testable import OpenFangMemory

@Suite struct ConsolidationAndConcurrencyTests {
    @Test func consolidationMergesDecaysAndPrunes() async throws {
        let clock = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        let test = try await TestStore.make("consolidate", now: { clock.withLock { $0 } })
        let agent = AgentID.random()
        _ = try await test.store.remember(NewFragment(agentID: agent, content: "The sky is blue", confidence: 0.9))
        _ = try await test.store.remember(NewFragment(agentID: agent, content: "the sky is blue ", confidence: 0.95))
        _ = try await test.store.remember(NewFragment(agentID: agent, content: "car engine", embedding: ConceptEmbedder.vector("car engine")))
        _ = try await test.store.remember(NewFragment(agentID: agent, content: "vehicle tires", embedding: ConceptEmbedder.vector("vehicle tires")))
        _ = try await test.store.remember(NewFragment(agentID: agent, content: "weak guess", confidence: 0.12))
        clock.withLock { $0 = $0.addingTimeInterval(3 * 86_400) }
        let report = try await test.store.consolidate(ConsolidationPolicy(decayRate: 0.1, pruneBelow: 0.1, duplicateSimilarity: 0.97))
        #expect(report.merged == 2, "one exact and one embedding duplicate")
        #expect(report.pruned == 1, "0.12 decays below 0.1 in three days")
        #expect(report.decayed == 2)
        let sky = try await test.store.recall("sky", limit: 5, filter: RecallFilter(agentID: agent), embedder: nil)
        #expect(sky.count == 1)
        #expect(abs((sky.first?.fragment.confidence ?? 0) - 0.95 * pow(0.9, 3)) < 1e-6)
        let again = try await test.store.consolidate(ConsolidationPolicy())
        #expect(again == ConsolidationReport(merged: 0, decayed: 0, pruned: 0), "decay is not applied twice for the same days")
        await test.finish()
    }

    @Test(.timeLimit(.minutes(1))) func readersRunWhileWritesAreInProgress() async throws {
        let test = try await TestStore.make()
        let store = test.store
        let agent = AgentID.random()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    for index in 0..<50 {
                        try await store.setValue(.integer(Int64(index)), forKey: "w\(writer)-\(index)", in: .agent(agent))
                    }
                }
            }
            for _ in 0..<4 {
                group.addTask {
                    var last = 0
                    for _ in 0..<50 {
                        let count = try await store.entries(in: .agent(agent)).count
                        #expect(count >= last, "a reader never sees the store go backwards")
                        last = count
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await store.entries(in: .agent(agent)).count == 200)
        #expect(try await store.integrityCheck() == ["ok"])
        await test.finish()
    }
}
