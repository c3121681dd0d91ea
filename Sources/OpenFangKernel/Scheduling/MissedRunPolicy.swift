import FoundationEssentials
import OpenFangTypes

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
        select(CronPlanner().fireTimes(schedule, after: last, upTo: now))
    }

    /// Of the `missed` fire times (oldest first), those that run.
    public func select(_ missed: some Collection<Date>) -> [Date] {
        switch self {
        case .skip: []
        case .once: missed.suffix(1)
        case .catchUp(let cap): Array(missed.suffix(max(cap, 1)))
        }
    }
}

extension MissedRunPolicy {
    /// The cap `catch_up` takes when none is given.
    public static let defaultCatchUpCap = 3

    /// Parses `skip`, `once`, `catch_up` or `catch_up:N` (also `catchup`, `catch-up`).
    public init(parsing text: String) throws(CronError) {
        let lowered = String(text.trimmingCharacters(in: " \t").lowercased().map { $0 == "-" ? "_" : $0 })
        let parts = lowered.split(separator: ":", maxSplits: 1).map(String.init)
        switch parts.first {
        case "skip" where parts.count == 1: self = .skip
        case "once" where parts.count == 1: self = .once
        case "catch_up", "catchup":
            guard parts.count == 1 || Int(parts[1]).map({ $0 > 0 }) == true else {
                throw CronError("missed policy \"\(text)\": the catch-up cap must be a positive number, e.g. catch_up:3")
            }
            self = .catchUp(cap: parts.count == 2 ? Int(parts[1]) ?? Self.defaultCatchUpCap : Self.defaultCatchUpCap)
        default:
            throw CronError("missed policy \"\(text)\": expected skip, once or catch_up:N")
        }
    }

    /// The stored form: `skip`, `once`, `catch_up:N`.
    public var storageForm: String {
        switch self {
        case .skip: "skip"
        case .once: "once"
        case .catchUp(let cap): "catch_up:\(cap)"
        }
    }
}
