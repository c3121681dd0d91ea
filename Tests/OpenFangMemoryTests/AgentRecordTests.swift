import Foundation
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
import Testing

@Suite struct AgentRecordTests {
    @Test func agentsArePersistedWithUniqueNames() async throws {
        let temp = try TemporaryDirectory("agents")
        defer { temp.remove() }
        let store = try await SQLiteMemoryStore.open(path: temp.file("a.db"))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let coder = AgentRecord(id: .random(), name: "coder", manifest: "name = \"coder\"", state: "running", createdAt: now, updatedAt: now)
        try await store.saveAgent(coder)
        let clash = AgentRecord(id: .random(), name: "coder", manifest: "name = \"coder\"", state: "running", createdAt: now, updatedAt: now)
        await #expect(throws: MemoryError.invalidArgument("an agent named \"coder\" already exists")) { try await store.saveAgent(clash) }
        try await store.setAgentState("suspended", of: coder.id)
        await #expect(throws: MemoryError.self) { try await store.setAgentState("running", of: .random()) }
        await store.close()

        let reopened = try await SQLiteMemoryStore.open(path: temp.file("a.db"))
        let records = try await reopened.agentRecords()
        #expect(records.map(\.id) == [coder.id] && records.first?.state == "suspended" && records.first?.manifest == "name = \"coder\"")
        #expect(try await reopened.deleteAgentRecord(coder.id))
        #expect(try await reopened.agentRecords().isEmpty)
        await reopened.close()
    }
}
