import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangMemory

@Suite struct JournalAndAuditTests {
    @Test func runsLeftRunningByADeadProcessBecomeInterrupted() async throws {
        let test = try await TestStore.make()
        let agent = AgentID.random()
        let open = try await test.store.beginRun(agent: agent, session: nil)
        try await test.store.appendStep(to: open.id, kind: .llmRequest, payload: .null)
        let done = try await test.store.beginRun(agent: agent, session: nil)
        try await test.store.endRun(done.id, status: .completed, error: nil, attribution: nil)
        await test.store.close()
        let reopened = try await SQLiteMemoryStore.open(path: test.path)
        #expect(reopened.recoveredRuns.map(\.id) == [open.id])
        #expect(reopened.recoveredRuns.first?.status == .interrupted)
        #expect(try await reopened.run(open.id)?.record.status == .interrupted)
        #expect(try await reopened.run(done.id)?.record.status == .completed)
        #expect(try await reopened.run(open.id)?.steps.count == 1, "steps written before the crash are kept")
        await reopened.close()
        test.directory.remove()
    }

    @Test func stepsOfAnUnknownRunAreRefused() async throws {
        let test = try await TestStore.make()
        await #expect(throws: MemoryError.notFound("no run \(RunID(rawValue: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!))")) {
            try await test.store.appendStep(to: RunID(rawValue: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!), kind: .note, payload: .null)
        }
        await test.finish()
    }

    @Test func tamperingIsFoundAtTheRecordThatWasChanged() async throws {
        let test = try await TestStore.make()
        for index in 1...5 {
            try await test.store.appendAudit(AuditEntry(actor: "system", action: "test", subject: "s\(index)", detail: .integer(Int64(index))))
        }
        #expect(try await test.store.verifyAudit().isIntact)
        try await test.store.database.writer.execute("UPDATE audit_log SET detail = '999' WHERE seq = 3")
        let altered = try await test.store.verifyAudit()
        #expect(altered.firstBroken == 3 && altered.checked == 2)
        #expect(altered.reason == "its content does not match its hash (it was altered)")
        try await test.store.database.writer.execute("UPDATE audit_log SET detail = '3' WHERE seq = 3")
        try await test.store.database.writer.execute("DELETE FROM audit_log WHERE seq = 2")
        #expect(try await test.store.verifyAudit().firstBroken == 3)
        await test.finish()
    }
}
