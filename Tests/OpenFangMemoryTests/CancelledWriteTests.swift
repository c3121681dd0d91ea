import Foundation
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
import Testing

/// A cancelled task's writes still land (NIO's thread pool refuses work from cancelled tasks; the
/// store must not drop the journal entry of an interrupted turn or leave a transaction open).
@Suite struct CancelledWriteTests {
    @Test func writesFromACancelledTaskCompleteAndLeaveNoTransactionOpen() async throws {
        let test = try await TestStore.make("cancelled-writes")
        let store = test.store
        let agent = AgentID.random()
        let run = try await store.beginRun(agent: agent, session: nil)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await store.endRun(run.id, status: .interrupted, error: "cancelled", attribution: nil)
            try await store.setValue(.string("v"), forKey: "k", in: .agent(agent))
        }
        try await task.value
        #expect(try await store.run(run.id)?.record.status == .interrupted)
        #expect(try await store.value(forKey: "k", in: .agent(agent)) == .string("v"))
        try await store.setValue(.bool(true), forKey: "after", in: .agent(agent))
        await test.finish()
    }
}
