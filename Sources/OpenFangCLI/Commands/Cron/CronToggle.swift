import OpenFangKernel
import OpenFangTypes

/// `cron enable|disable JOB`: through the daemon's API when one runs, else on the database.
enum CronToggle {
    static func set(_ job: String, enabled: Bool, options: GlobalOptions) async throws {
        let (verb, done) = enabled ? ("enable", "enabled") : ("disable", "disabled")
        if try await ThroughDaemon.ifRunning(options, { daemon in
            _ = try await daemon.send(method: "PUT", "/api/cron/jobs/\(PercentEncoding.encode(job))/\(verb)", [:])
        }) {
            Terminal.out("\(done) \(job)")
            return
        }
        try await InProcessKernel.with(options: options, alongsideDaemon: true) { kernel in
            _ = try await kernel.setCronJobEnabled(job, enabled)
        }
        Terminal.out("\(done) \(job)")
    }
}
