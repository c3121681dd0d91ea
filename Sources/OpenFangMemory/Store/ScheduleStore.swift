import FoundationEssentials
import OpenFangTypes

/// Cron jobs and event triggers, durable (a restart keeps every job, its counters and how far
/// its schedule has been dealt with).
public protocol ScheduleStore: Sendable {
    /// Inserts or replaces a job (names are unique per agent).
    func saveCronJob(_ job: CronJobRecord) async throws
    /// Every job, oldest first.
    func cronJobs() async throws -> [CronJobRecord]
    /// Removes a job; returns whether it existed.
    func deleteCronJob(_ id: CronJobID) async throws -> Bool
    /// Inserts or replaces a trigger.
    func saveTrigger(_ trigger: TriggerRecord) async throws
    /// Every trigger, oldest first.
    func triggers() async throws -> [TriggerRecord]
    /// Removes a trigger; returns whether it existed.
    func deleteTrigger(_ id: TriggerID) async throws -> Bool
    /// Counts a fire at `now` if the trigger is enabled, under its max fires and out of its
    /// cooldown (checked and counted in one statement); nil when it may not fire.
    func claimTriggerFire(_ id: TriggerID, at now: Date) async throws -> TriggerRecord?
    /// Removes an agent's jobs and triggers (when it is killed).
    func deleteSchedules(of agent: AgentID) async throws
}
