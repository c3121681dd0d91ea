import Foundation
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct MemoryToolTests {
    var registry: ToolRegistry {
        var registry = ToolRegistry()
        let tools: [any Tool] = [
            MemoryStoreTool(), MemoryRecallTool(), MemorySearchTool(), KnowledgeAddEntityTool(), KnowledgeAddRelationTool(), KnowledgeQueryTool(),
        ]
        for tool in tools { registry.register(tool) }
        return registry
    }

    func withStore(_ body: (SQLiteMemoryStore) async throws -> Void) async throws {
        let temp = try TemporaryDirectory("memory-tools")
        defer { temp.remove() }
        let store = try await SQLiteMemoryStore.open(path: temp.file("m.db"))
        try await body(store)
        await store.close()
    }

    func context(_ store: SQLiteMemoryStore, agent: AgentID = .random(), read: [String], write: [String]) -> ToolContext {
        ToolContext(agentID: agent, callID: "c", permissions: .granting(memoryRead: read, memoryWrite: write), memory: store)
    }

    @Test func ownKeysNeedSelfAndSharedKeysNeedShared() async throws {
        try await withStore { store in
            let agent = AgentID.random()
            let context = context(store, agent: agent, read: ["self.*"], write: ["self.*"])
            #expect(await registry.call("memory_store", arguments: .object(["key": .string("color"), "value": .string("blue")]), context: context) == .success("stored self.color"))
            #expect(await registry.call("memory_recall", arguments: .object(["key": .string("color")]), context: context) == .success("blue"))
            let stored = try await store.value(forKey: "color", in: .agent(agent))
            #expect(stored == .string("blue"))

            let shared = await registry.call("memory_store", arguments: .object(["key": .string("shared.team"), "value": .integer(3)]), context: context)
            #expect(shared == .failure("Permission denied: writing memory shared.team (rule: capabilities.memory_write = [\"self.*\"])"))
            let read = await registry.call("memory_recall", arguments: .object(["key": .string("shared.team")]), context: context)
            #expect(read.content == "Permission denied: reading memory shared.team (rule: capabilities.memory_read = [\"self.*\"])")
            #expect(try await store.value(forKey: "team", in: .shared) == nil)
        }
    }

    @Test func anotherAgentsOwnKeysAreNotVisible() async throws {
        try await withStore { store in
            let writer = context(store, read: ["*"], write: ["*"])
            _ = await registry.call("memory_store", arguments: .object(["key": .string("plan"), "value": .string("secret")]), context: writer)
            _ = await registry.call("memory_store", arguments: .object(["key": .string("shared.plan"), "value": .object(["v": .integer(1)])]), context: writer)
            let reader = context(store, read: ["*"], write: [])
            #expect(await registry.call("memory_recall", arguments: .object(["key": .string("plan")]), context: reader) == .success("nothing stored under self.plan"))
            #expect(await registry.call("memory_recall", arguments: .object(["key": .string("shared.plan")]), context: reader) == .success("{\"v\":1}"))
        }
    }

    @Test func searchFindsOwnFragmentsOnly() async throws {
        try await withStore { store in
            let agent = AgentID.random()
            _ = try await store.remember(NewFragment(agentID: agent, content: "The deploy key rotates every Tuesday"))
            _ = try await store.remember(NewFragment(agentID: .random(), content: "Another agent's deploy notes"))
            let result = await registry.call("memory_search", arguments: .object(["query": .string("deploy")]), context: context(store, agent: agent, read: ["self.*"], write: []))
            #expect(result.content.contains("The deploy key rotates every Tuesday"))
            #expect(!result.content.contains("Another agent"))
            let denied = await registry.call("memory_search", arguments: .object(["query": .string("deploy")]), context: context(store, agent: agent, read: ["shared.*"], write: []))
            #expect(denied.content.hasPrefix("Permission denied: reading memory self.memories"))
        }
    }

    @Test func knowledgeGraphRoundTripOverTwoHops() async throws {
        try await withStore { store in
            let context = context(store, read: ["*"], write: ["shared.knowledge"])
            let added = await registry.call("knowledge_add_entity", arguments: .object(["name": .string("Alice"), "entity_type": .string("person")]), context: context)
            #expect(added.content.hasPrefix("added person Alice"))
            #expect(await registry.call("knowledge_add_relation", arguments: .object(["source": .string("Alice"), "relation": .string("works_on"), "target": .string("OpenFang")]), context: context).content == "added Alice -works_on-> OpenFang")
            _ = await registry.call("knowledge_add_relation", arguments: .object(["source": .string("OpenFang"), "relation": .string("written_in"), "target": .string("Swift")]), context: context)
            let query = await registry.call("knowledge_query", arguments: .object(["source": .string("Alice"), "max_depth": .integer(2)]), context: context)
            #expect(query.content.contains("Alice -works_on-> OpenFang -written_in-> Swift"))
            let badConfidence = await registry.call("knowledge_add_relation", arguments: .object(["source": .string("A"), "relation": .string("r"), "target": .string("B"), "confidence": .number(2)]), context: context)
            #expect(badConfidence == .failure("`confidence` must be between 0 and 1"))
            let denied = await registry.call("knowledge_add_entity", arguments: .object(["name": .string("X"), "entity_type": .string("t")]), context: self.context(store, read: ["*"], write: ["self.*"]))
            #expect(denied.content == "Permission denied: writing memory shared.knowledge (rule: capabilities.memory_write = [\"self.*\"])")
        }
    }

    @Test func withoutAStoreTheToolSaysSo() async {
        let context = ToolContext(agentID: .random(), callID: "c", permissions: .granting(memoryRead: ["*"], memoryWrite: ["*"]))
        #expect(await registry.call("memory_recall", arguments: .object(["key": .string("k")]), context: context) == .failure("memory is not available to this agent"))
    }
}
