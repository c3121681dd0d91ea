import ArgumentParser
import Foundation
import OpenFangKernel

/// `openfang cron next SCHEDULE [--n 5] [--after TIME]`: the next fire times of a schedule (UTC).
struct CronNextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next", abstract: "Preview the next fire times of a schedule: a cron expression, `every 5m`, `daily at 9am`, `at <ISO time>`.")

    @Argument(help: "The schedule.") var schedule: String
    @Option(name: .customLong("n"), help: "How many fire times.") var count = 5
    @Option(name: .long, help: "Start from this ISO 8601 time instead of now.") var after: String?

    func run() throws {
        let parsed: CronSchedule
        do {
            parsed = try CronSchedule(parsing: schedule)
        } catch {
            Terminal.err("error: \(error.description)")
            throw ExitCode.failure
        }
        var start = Date()
        if let after {
            guard let date = try? Date(after, strategy: .iso8601) else {
                Terminal.err("error: --after \"\(after)\" is not an ISO 8601 time (2026-12-01T09:00:00Z)")
                throw ExitCode.failure
            }
            start = date
        }
        let times = parsed.upcoming(after: start, count: max(count, 1))
        guard !times.isEmpty else {
            Terminal.out("never fires after \(start.formatted(.iso8601))")
            return
        }
        for time in times { Terminal.out(time.formatted(.iso8601)) }
    }
}
