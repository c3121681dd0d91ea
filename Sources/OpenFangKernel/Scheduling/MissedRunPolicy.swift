import Foundation

/// What a job does about fire times that passed while the daemon was down, so a restart never
/// causes a storm (OpenClaw #96203).
public enum MissedRunPolicy: Sendable, Hashable {
    /// Missed fires are dropped; the job waits for its next time.
    case skip
    /// However many were missed, it runs once now.
    case once
    /// The most recent missed fires run, in order, never more than `cap`.
    case catchUp(cap: Int)

    /// The fire times to run now for a job last considered at `last`, at `now`.
    public func due(_ schedule: CronSchedule, last: Date, now: Date) -> [Date] {
        var missed: [Date] = []
        var cursor = last
        let limit = self == .skip ? 0 : max(self.cap, 1)
        while let next = schedule.next(after: cursor), next <= now {
            missed.append(next)
            cursor = next
            if missed.count > 10_000 { break }
        }
        switch self {
        case .skip: return []
        case .once: return missed.last.map { [$0] } ?? []
        case .catchUp: return Array(missed.suffix(limit))
        }
    }

    private var cap: Int {
        if case .catchUp(let cap) = self { return cap }
        return 1
    }
}
