import FoundationEssentials
import OpenFangMemory
import OpenFangTypes

/// A stored job with its schedule and missed-run policy parsed.
public struct CronJob: Sendable, Hashable {
    /// As stored.
    public var record: CronJobRecord
    /// When it fires.
    public var schedule: CronSchedule
    /// What happens to fires missed while the daemon was down.
    public var missed: MissedRunPolicy

    /// Parses a stored job; a schedule that no longer parses is an error naming the job.
    public init(_ record: CronJobRecord) throws(CronError) {
        self.record = record
        do {
            schedule = try CronSchedule(parsing: record.schedule)
            missed = try MissedRunPolicy(parsing: record.missed)
        } catch {
            throw CronError("job \(record.name) (\(record.id)): \(error.description)")
        }
    }

    /// The next time it fires after `date` (nil: disabled, or a one-shot already past).
    public func next(after date: Date) -> Date? {
        record.enabled ? schedule.next(after: max(date, record.consideredAt)) : nil
    }
}
