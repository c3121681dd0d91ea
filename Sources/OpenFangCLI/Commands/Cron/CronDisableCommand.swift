import ArgumentParser
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// `openfang cron disable JOB`.
struct CronDisableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable a cron job (it keeps its settings and counters).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The job: id, id prefix (4+ characters) or AGENT/NAME.") var job: String

    func run() async throws {
        if try await ThroughDaemon.ifRunning(global, { daemon in
            _ = try await daemon.send(method: "PUT", "/api/cron/jobs/\(CronDeleteCommand.pathComponent(job))/disable", [:])
            Terminal.out("disabled \(job)")
        }) { return }
        try await InProcessKernel.with(options: global, alongsideDaemon: true) { kernel in
            _ = try await kernel.setCronJobEnabled(job, false)
            Terminal.out("disabled \(job)")
        }
    }
}
