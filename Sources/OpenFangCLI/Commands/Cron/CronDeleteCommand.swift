import ArgumentParser
import FoundationEssentials
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// `openfang cron delete JOB`.
struct CronDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a cron job (by id, id prefix or AGENT/NAME).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The job: id, id prefix (4+ characters) or AGENT/NAME.") var job: String

    func run() async throws {
        if try await ThroughDaemon.ifRunning(global, { daemon in
            _ = try await daemon.send(method: "DELETE", "/api/cron/jobs/\(PercentEncoding.encode(job))", [:])
            Terminal.out("deleted \(job)")
        }) { return }
        try await InProcessKernel.with(options: global, alongsideDaemon: true) { kernel in
            try await kernel.deleteCronJob(job)
            Terminal.out("deleted \(job)")
        }
    }
}
