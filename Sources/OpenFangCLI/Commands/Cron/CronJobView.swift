import FoundationEssentials
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// A job as `cron list` shows it.
struct CronJobView: Encodable {
    var id: String
    var agent: String
    var name: String
    var schedule: String
    var missed: String
    var enabled: Bool
    var origin: String
    var nextRun: String?
    var lastRun: String?
    var runCount: Int
    var lastError: String?

    enum CodingKeys: String, CodingKey {
        case id, agent, name, schedule, missed, enabled, origin
        case nextRun = "next_run"
        case lastRun = "last_run"
        case runCount = "run_count"
        case lastError = "last_error"
    }

    init(_ job: CronJob, agentName: String, now: Date) {
        let record = job.record
        id = record.id.description
        agent = agentName
        name = record.name
        schedule = record.schedule
        missed = record.missed
        enabled = record.enabled
        origin = record.origin
        nextRun = job.next(after: now)?.formatted(.iso8601)
        lastRun = record.lastRunAt?.formatted(.iso8601)
        runCount = record.runCount
        lastError = record.lastError
    }

    /// A job as the daemon's `GET /api/cron/jobs` gives it.
    init(api job: JSONValue, agentName: String) {
        id = job["id"]?.stringValue ?? ""
        agent = agentName
        name = job["name"]?.stringValue ?? ""
        schedule = job["schedule"]?.stringValue ?? ""
        missed = job["missed"]?.stringValue ?? ""
        enabled = job["enabled"] == .bool(true)
        origin = job["origin"]?.stringValue ?? ""
        nextRun = job["next_run"]?.stringValue
        lastRun = job["last_run"]?.stringValue
        runCount = job["run_count"]?.intValue ?? 0
        lastError = job["last_error"]?.stringValue
    }

    /// The columns of the table.
    var row: [String] {
        ["\(agent)/\(name)", String(id.prefix(8)), schedule, enabled ? (nextRun ?? "never") : "disabled", lastRun.map { $0 + (lastError == nil ? "" : " (failed)") } ?? "-"]
    }
}
