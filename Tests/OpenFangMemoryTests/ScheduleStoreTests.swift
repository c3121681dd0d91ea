import Foundation
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
import Testing

/// Cron jobs and triggers persist; a trigger's max fires hold under concurrent claims.
@Suite struct ScheduleStoreTests {
    @Test func jobsAndTriggersPersistAndMaxFiresHoldUnderConcurrency() async throws {
        let test = try await TestStore.make("schedules")
        let store = test.store
        do {
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            let agent = AgentID.random()
            let job = CronJobRecord(id: .random(), agentID: agent, name: "report", schedule: "every 1h", prompt: "go", missed: "catch_up:2", createdAt: now)
            try await store.saveCronJob(job)
            #expect(try await store.cronJobs() == [job])
            let duplicate = CronJobRecord(id: .random(), agentID: agent, name: "report", schedule: "hourly", prompt: "x", missed: "skip", createdAt: now)
            await #expect(throws: MemoryError.self) { try await store.saveCronJob(duplicate) }

            let trigger = TriggerRecord(id: .random(), agentID: agent, pattern: #""all""#, promptTemplate: "{{event}}", maxFires: 3, createdAt: now)
            try await store.saveTrigger(trigger)
            let claims = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<20 { group.addTask { try await store.claimTriggerFire(trigger.id, at: Date()) != nil } }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(claims == 3)
            try await store.deleteSchedules(of: agent)
            #expect(try await store.cronJobs().isEmpty)
            #expect(try await store.triggers().isEmpty)
        }
        await test.finish()
    }
}
