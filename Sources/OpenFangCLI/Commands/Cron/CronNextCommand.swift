import ArgumentParser
import FoundationEssentials
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// `openfang cron next JOB|SCHEDULE [--n 5] [--after TIME]`: the next fire times (UTC) of a
/// stored job or of a schedule expression.
struct CronNextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Preview the next fire times of a job (id, id prefix, AGENT/NAME) or a schedule (cron, `every 5m`, `daily at 9am`, `at <ISO time>`).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A job or a schedule.") var target: String
    @Option(name: .customLong("n"), help: "How many fire times.") var count = 5
    @Option(name: .long, help: "Start from this ISO 8601 time instead of now.") var after: String?

    func run() async throws {
        var start = Date()
        if let after {
            guard let date = try? Date(after, strategy: .iso8601) else {
                Terminal.err("error: --after \"\(after)\" is not an ISO 8601 time (2026-12-01T09:00:00Z)")
                throw ExitCode.failure
            }
            start = date
        }
        let times: [Date]
        do {
            times = try CronSchedule(parsing: target).upcoming(after: start, count: max(count, 1))
        } catch let scheduleError {
            guard let job = try await storedJob() else {
                // Text with spaces and no AGENT/NAME slash was meant as a schedule: its error says it all.
                let meantAsSchedule = target.contains(" ") && !target.contains("/")
                Terminal.err(
                    meantAsSchedule
                        ? "error: \(scheduleError.description)" : "error: \"\(target)\" is neither a cron job nor a schedule: \(scheduleError.description)")
                throw ExitCode.failure
            }
            times = job.enabled ? job.schedule.upcoming(after: max(start, job.from), count: max(count, 1)) : []
            if !job.enabled { Terminal.out("\(target) is disabled (`openfang cron enable \(target)`)") }
        }
        guard !times.isEmpty else {
            Terminal.out("never fires after \(start.formatted(.iso8601))")
            return
        }
        for time in times { Terminal.out(time.formatted(.iso8601)) }
    }

    /// What the preview needs of a stored job: its schedule, whether it runs, and from when.
    private struct StoredJob {
        var schedule: CronSchedule
        var enabled: Bool
        var from: Date
    }

    /// The job `target` names: from the running daemon's API, else from the home (nil when there
    /// is none; no kernel errors printed: the caller explains).
    private func storedJob() async throws -> StoredJob? {
        var fromDaemon: StoredJob?
        let asked = try await ThroughDaemon.ifRunning(global) { daemon in
            guard let answer = try? await daemon.get("/api/cron/jobs/\(PercentEncoding.encode(target))/status"),
                let text = answer["schedule"]?.stringValue, let schedule = try? CronSchedule(parsing: text)
            else { return }
            fromDaemon = StoredJob(schedule: schedule, enabled: answer["enabled"] != .bool(false), from: Date())
        }
        if asked { return fromDaemon }
        guard TextFileProbe.exists(CLIEnvironment.load().home.configFile) || global.config != nil else { return nil }
        let job = try? await InProcessKernel.with(options: global, alongsideDaemon: true) { kernel in try await kernel.cronJob(target) }
        return job.map { StoredJob(schedule: $0.schedule, enabled: $0.record.enabled, from: $0.record.consideredAt) }
    }
}
