import Foundation
import OpenFangMemory
import OpenFangTypes
import Testing

/// Behaviour every `MemoryStore` back end must show (SQLite now, PostgreSQL later). Each check
/// gets a fresh, empty store from `make`.
public enum MemoryStoreConformance {
    /// Makes an empty store.
    public typealias Factory = @Sendable () async throws -> any MemoryStore

    /// Runs every check.
    public static func run(_ make: Factory) async throws {
        try await keyValueNamespacesAreIsolated(make)
        try await hybridRecallRanksByKeywordAndMeaning(make)
        try await recallFiltersAndCountsAccess(make)
        try await graphQueriesFollowSeveralHopsAndStopAtCycles(make)
        try await sessionsKeepMessagesExactly(make)
        try await usageSumsByAgentModelAndDay(make)
        try await journalRecordsStepsInOrder(make)
        try await auditChainVerifies(make)
    }

    /// Runs `body` on a fresh store and closes it, whether or not the body throws.
    static func withStore(_ make: Factory, _ body: (any MemoryStore) async throws -> Void) async throws {
        let store = try await make()
        do {
            try await body(store)
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    /// KV: an agent's keys are invisible in another namespace; shared is explicit.
    public static func keyValueNamespacesAreIsolated(_ make: Factory) async throws {
        try await withStore(make) { store in
            let alice = AgentID.random()
            let bob = AgentID.random()
            try await store.setValue(.string("a"), forKey: "k", in: .agent(alice))
            try await store.setValue(.integer(1), forKey: "k", in: .shared)
            #expect(try await store.value(forKey: "k", in: .agent(alice)) == .string("a"))
            #expect(try await store.value(forKey: "k", in: .agent(bob)) == nil)
            #expect(try await store.value(forKey: "k", in: .shared) == .integer(1))
            try await store.setValue(.object(["n": .array([.bool(true)])]), forKey: "k", in: .agent(alice))
            #expect(try await store.entries(in: .agent(alice)).map(\.value) == [.object(["n": .array([.bool(true)])])])
            #expect(try await store.removeValue(forKey: "k", in: .agent(alice)))
            #expect(try await !store.removeValue(forKey: "k", in: .agent(alice)))
            #expect(try await store.entries(in: .agent(alice)).isEmpty)
        }
    }

    /// Hybrid recall: a fragment sharing no word with the query ranks by embedding; an exact
    /// keyword match ranks by BM25.
    public static func hybridRecallRanksByKeywordAndMeaning(_ make: Factory) async throws {
        try await withStore(make) { store in
            let agent = AgentID.random()
            let embedder = ConceptEmbedder()
            for text in [
                "The automobile needs new tires before winter", "Quarterly tax filing is due in April",
                "Remember to water the plants on the balcony", "Practice the new song on guitar",
            ] {
                _ = try await store.remember(NewFragment(agentID: agent, content: text, embedding: ConceptEmbedder.vector(text)))
            }
            let meaning = try await store.recall("car", limit: 2, filter: RecallFilter(agentID: agent), embedder: embedder)
            #expect(meaning.first?.fragment.content == "The automobile needs new tires before winter")
            #expect(meaning.first?.keywordRank == nil && meaning.first?.vectorRank == 1)
            let keywordOnly = try await store.recall("car", limit: 2, filter: RecallFilter(agentID: agent), embedder: nil)
            #expect(keywordOnly.isEmpty, "without an embedder a query with no shared word finds nothing")
            let keyword = try await store.recall("plants balcony", limit: 3, filter: RecallFilter(agentID: agent), embedder: nil)
            #expect(keyword.first?.fragment.content == "Remember to water the plants on the balcony")
            #expect(keyword.first?.keywordRank == 1)
            let both = try await store.recall("tax", limit: 1, filter: RecallFilter(agentID: agent), embedder: embedder)
            #expect(both.first?.fragment.content == "Quarterly tax filing is due in April")
            #expect(both.first?.keywordRank == 1 && both.first?.vectorRank == 1)
        }
    }

    /// Filters restrict recall; recall bumps access count and time.
    public static func recallFiltersAndCountsAccess(_ make: Factory) async throws {
        try await withStore(make) { store in
            let alice = AgentID.random()
            let bob = AgentID.random()
            _ = try await store.remember(NewFragment(agentID: alice, content: "alpha fact", source: "document", confidence: 0.9))
            _ = try await store.remember(NewFragment(agentID: alice, content: "alpha rumour", source: "conversation", confidence: 0.2))
            _ = try await store.remember(NewFragment(agentID: bob, content: "alpha secret"))
            let mine = try await store.recall("alpha", limit: 10, filter: RecallFilter(agentID: alice), embedder: nil)
            #expect(Set(mine.map(\.fragment.content)) == ["alpha fact", "alpha rumour"])
            let confident = try await store.recall("alpha", limit: 10, filter: RecallFilter(agentID: alice, minimumConfidence: 0.5), embedder: nil)
            #expect(confident.map(\.fragment.content) == ["alpha fact"])
            #expect(confident.first?.fragment.accessCount == 2, "recalled twice")
            let documents = try await store.recall("alpha", limit: 10, filter: RecallFilter(sources: ["document"]), embedder: nil)
            #expect(documents.map(\.fragment.content) == ["alpha fact"])
            let future = try await store.recall("alpha", limit: 10, filter: RecallFilter(since: Date().addingTimeInterval(3600)), embedder: nil)
            #expect(future.isEmpty)
        }
    }

    /// Multi-hop paths with `maxDepth` honoured, over a graph with a cycle.
    public static func graphQueriesFollowSeveralHopsAndStopAtCycles(_ make: Factory) async throws {
        try await withStore(make) { store in
            let alice = try await store.addEntity(name: "Alice", type: "person", properties: [:])
            let fang = try await store.addEntity(name: "OpenFang", type: "project", properties: ["lang": .string("swift")])
            let swift = try await store.addEntity(name: "Swift", type: "language", properties: [:])
            _ = try await store.addRelation(from: alice.id, "works_on", to: fang.id, confidence: 1, properties: [:])
            _ = try await store.addRelation(from: fang.id, "written_in", to: swift.id, confidence: 0.9, properties: [:])
            _ = try await store.addRelation(from: swift.id, "used_by", to: alice.id, confidence: 0.5, properties: [:])
            let oneHop = try await store.paths(GraphQuery(source: "alice", maxDepth: 1))
            #expect(oneHop.map(\.summary) == ["Alice -works_on-> OpenFang"])
            let threeHops = try await store.paths(GraphQuery(source: "Alice", maxDepth: 5))
            #expect(threeHops.map(\.summary) == ["Alice -works_on-> OpenFang", "Alice -works_on-> OpenFang -written_in-> Swift"],
                    "the cycle back to Alice is not followed")
            let toSwift = try await store.paths(GraphQuery(source: "Alice", target: "Swift", maxDepth: 2))
            #expect(toSwift.map(\.depth) == [2])
            let intoSwift = try await store.paths(GraphQuery(target: "Swift", maxDepth: 2))
            #expect(intoSwift.map(\.summary) == ["OpenFang -written_in-> Swift", "Alice -works_on-> OpenFang -written_in-> Swift"])
            let byRelation = try await store.paths(GraphQuery(relation: "used_by", maxDepth: 1))
            #expect(byRelation.map(\.summary) == ["Swift -used_by-> Alice"])
        }
    }

    /// Sessions keep every block, signatures included; the canonical session is one per agent.
    public static func sessionsKeepMessagesExactly(_ make: Factory) async throws {
        try await withStore(make) { store in
            let agent = AgentID.random()
            let session = try await store.createSession(for: agent, label: "first")
            let messages: [Message] = [
                .user("hello"),
                Message(role: .assistant, content: .blocks([
                    .thinking("hmm", signature: "c2lnbmF0dXJl", providerMetadata: nil),
                    .toolUse(id: "toolu_1", name: "file_read", input: .object(["path": .string("a")])),
                ])),
                Message(role: .user, content: .blocks([.toolResult(toolUseID: "toolu_1", toolName: "file_read", content: "x", isError: false)])),
                Message(role: .assistant, content: .blocks([.unknown(.object(["type": .string("future_block"), "v": .integer(1)]))])),
            ]
            try await store.append(Array(messages.prefix(2)), to: session.id)
            try await store.append(Array(messages.dropFirst(2)), to: session.id)
            let loaded = try #require(try await store.session(session.id))
            #expect(loaded.messages == messages)
            #expect(loaded.record.messageCount == 4 && loaded.record.label == "first")
            try await store.setLabel("renamed", of: session.id)
            let canonical = try await store.canonicalSession(for: agent)
            #expect(try await store.canonicalSession(for: agent).id == canonical.id)
            #expect(try await store.sessions(of: agent).count == 2)
            try await store.replaceMessages(of: canonical.id, with: [.user("kept")], summary: "earlier: greetings")
            #expect(try await store.session(canonical.id)?.record.compactedSummary == "earlier: greetings")
            #expect(try await store.deleteSession(session.id))
            #expect(try await store.session(session.id) == nil)
        }
    }

    /// Usage sums per agent, window, model and day.
    public static func usageSumsByAgentModelAndDay(_ make: Factory) async throws {
        try await withStore(make) { store in
            let alice = AgentID.random()
            let bob = AgentID.random()
            let now = Date()
            try await store.recordUsage(.init(agentID: alice, provider: "groq", model: "llama", inputTokens: 100, outputTokens: 10, costUSD: 0.5, toolCalls: 1, at: now))
            try await store.recordUsage(.init(agentID: alice, provider: "groq", model: "llama", inputTokens: 50, outputTokens: 5, costUSD: 0.25, toolCalls: 0, at: now.addingTimeInterval(-7200)))
            try await store.recordUsage(.init(agentID: bob, provider: "openai", model: "gpt-4o", inputTokens: 10, outputTokens: 1, costUSD: 1, toolCalls: 2, at: now))
            let hour = try await store.usage(of: alice, in: .hour)
            #expect(hour.turns == 1 && hour.inputTokens == 100 && hour.costUSD == 0.5)
            let day = try await store.usage(of: nil, in: .day)
            #expect(day.turns == 3 && day.toolCalls == 3 && abs(day.costUSD - 1.75) < 1e-9)
            let models = try await store.usageByModel(since: now.addingTimeInterval(-86_400))
            #expect(models.map(\.model) == ["gpt-4o", "llama"] && models.last?.totals.turns == 2)
            let daily = try await store.dailyUsage(days: 2, of: alice)
            #expect(daily.reduce(0) { $0 + $1.totals.turns } == 2)
        }
    }

    /// Steps are numbered in order; a run ends with a status.
    public static func journalRecordsStepsInOrder(_ make: Factory) async throws {
        try await withStore(make) { store in
            let run = try await store.beginRun(agent: .random(), session: nil)
            #expect(try await store.appendStep(to: run.id, kind: .llmRequest, payload: .object(["tokens": .integer(10)])) == 1)
            #expect(try await store.appendStep(to: run.id, kind: .toolCall, payload: .string("file_read")) == 2)
            try await store.endRun(run.id, status: .completed, error: nil, attribution: .object(["system_prompt": .integer(120)]))
            let loaded = try #require(try await store.run(run.id))
            #expect(loaded.record.status == .completed && loaded.record.attribution?["system_prompt"] == .integer(120))
            #expect(loaded.steps.map(\.kind) == [.llmRequest, .toolCall] && loaded.steps.map(\.seq) == [1, 2])
        }
    }

    /// The audit chain links every record to the one before and verifies.
    public static func auditChainVerifies(_ make: Factory) async throws {
        try await withStore(make) { store in
            let first = try await store.appendAudit(AuditEntry(actor: "system", action: "agent.spawn", subject: "coder"))
            let second = try await store.appendAudit(AuditEntry(actor: "user:alice", action: "tool.call", subject: "shell_exec", detail: .object(["cmd": .string("ls")])))
            #expect(second.previousHash == first.hash && first.previousHash == String(repeating: "0", count: 64))
            let verification = try await store.verifyAudit()
            #expect(verification.isIntact && verification.checked == 2)
            #expect(try await store.auditRecords(limit: 1).map(\.seq) == [2])
        }
    }
}
