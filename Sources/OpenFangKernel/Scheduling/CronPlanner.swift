import FoundationEssentials
import OpenFangMemory

/// Decides which fire times of a job run at a tick. A fire at most `grace` old is on time and
/// runs; older ones were missed (the daemon was down or asleep) and the job's missed policy
/// decides, so a restart after a long downtime never causes a storm.
public struct CronPlanner: Sendable {
    /// How late a fire may be and still count as on time (ticks are a second apart; this
    /// absorbs a slow tick, not a downtime).
    public var grace: TimeInterval
    /// At most this many fire times are walked per job and tick (a cron job's downtime).
    public var walkLimit: Int

    /// Creates a planner.
    public init(grace: TimeInterval = 60, walkLimit: Int = 100_000) {
        self.grace = grace
        self.walkLimit = walkLimit
    }

    /// What runs now, oldest first, each with whether it was missed.
    public func fires(of job: CronJob, at now: Date) -> [(at: Date, missed: Bool)] {
        guard job.record.enabled, now > job.record.consideredAt else { return [] }
        let all = fireTimes(job.schedule, after: job.record.consideredAt, upTo: now)
        let onTime = all.last.flatMap { now.timeIntervalSince($0) <= grace ? $0 : nil }
        let missed = job.missed.select(onTime == nil ? all : all.dropLast())
        if let onTime {
            // An on-time fire covers `once`; catch-up keeps its missed fires before it.
            if job.missed == .once { return [(onTime, false)] }
            return missed.map { ($0, true) } + [(onTime, false)]
        }
        return missed.map { ($0, true) }
    }

    /// Fire times in (`start`, `end`], the most recent `walkLimit` of them at most.
    func fireTimes(_ schedule: CronSchedule, after start: Date, upTo end: Date) -> [Date] {
        if case .every(let seconds) = schedule {
            let count = Int(end.timeIntervalSince(start) / Double(seconds))
            return (max(1, count - walkLimit + 1)...max(count, 1)).compactMap { step -> Date? in
                step <= count ? start.addingTimeInterval(Double(step * seconds)) : nil
            }
        }
        var result: [Date] = []
        var cursor = start
        while let next = schedule.next(after: cursor), next <= end {
            result.append(next)
            cursor = next
            if result.count > walkLimit { result.removeFirst(result.count - walkLimit) }
        }
        return result
    }
}
