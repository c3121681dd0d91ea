import ArgumentParser
import FoundationEssentials
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// `openfang cron create AGENT SCHEDULE PROMPT [--name NAME] [--missed POLICY]`.
struct CronCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a cron job: the agent gets PROMPT on SCHEDULE (cron, `every 5m`, `daily at 9am`, `at <ISO time>`).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The agent's name or id.") var agent: String
    @Argument(help: "When it fires.") var schedule: String
    @Argument(help: "The message the agent gets.") var prompt: String
    @Option(name: .long, help: "A name for the job (unique per agent; default job-<n>).") var name: String?
    @Option(name: .long, help: "Fires missed while the daemon was down: skip, once or catch_up:N.") var missed = "skip"

    func run() async throws {
        if try await ThroughDaemon.ifRunning(global, { daemon in
            let existing = try await daemon.get("/api/cron/jobs").arrayValue?.count ?? 0
            let job = try await daemon.post(
                "/api/cron/jobs",
                ["agent": .string(agent), "name": .string(name ?? "job-\(existing + 1)"), "schedule": .string(schedule), "prompt": .string(prompt), "missed": .string(missed)],
                timeoutSeconds: 30)
            let id = job["id"]?.stringValue ?? "?"
            Terminal.out("created \(agent)/\(job["name"]?.stringValue ?? "?") (\(id.prefix(8))); next run \(job["next_run"]?.stringValue ?? "never")")
        }) { return }
        try await InProcessKernel.with(options: global, alongsideDaemon: true) { kernel in
            let existing = try await kernel.cronJobs().count
            let job = try await kernel.createCronJob(agent: agent, name: name ?? "job-\(existing + 1)", schedule: schedule, prompt: prompt, missed: missed)
            let next = job.next(after: Date())?.formatted(.iso8601) ?? "never"
            Terminal.out("created \(agent)/\(job.record.name) (\(job.record.id.description.prefix(8))); next run \(next)")
        }
    }
}
