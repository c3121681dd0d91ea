import ArgumentParser
import FoundationEssentials
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// `openfang cron list [--json]`: every job with its next and last run.
struct CronListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List cron jobs with their next and last runs.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        var fromDaemon: [CronJobView]?
        _ = try await ThroughDaemon.ifRunning(global) { daemon in
            let agents = try await daemon.get("/api/agents").arrayValue ?? []
            let names = Dictionary(agents.compactMap { agent in agent["id"]?.stringValue.map { ($0, agent["name"]?.stringValue ?? $0) } }) { first, _ in first }
            fromDaemon = try await daemon.get("/api/cron/jobs").arrayValue?.map { job in
                CronJobView(api: job, agentName: names[job["agent_id"]?.stringValue ?? ""] ?? job["agent_id"]?.stringValue ?? "?")
            }
        }
        let views: [CronJobView]
        if let fromDaemon {
            views = fromDaemon
        } else {
            views = try await InProcessKernel.with(options: global, alongsideDaemon: true) { kernel in
                let names = Dictionary(uniqueKeysWithValues: await kernel.summaries().map { ($0.id, $0.name) })
                return try await kernel.cronJobs().map { CronJobView($0, agentName: names[$0.record.agentID] ?? $0.record.agentID.description, now: Date()) }
            }
        }
        if json {
            try JSONOutput.print(views)
            return
        }
        guard !views.isEmpty else {
            Terminal.out("no cron jobs (create one with `openfang cron create AGENT \"every 1h\" \"PROMPT\"`)")
            return
        }
        Terminal.out(TextTable.render(header: ["JOB", "ID", "SCHEDULE", "NEXT", "LAST"], rows: views.map(\.row)))
    }
}
