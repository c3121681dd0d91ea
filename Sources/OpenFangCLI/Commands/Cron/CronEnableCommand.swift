import ArgumentParser
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTypes

/// `openfang cron enable JOB`.
struct CronEnableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "enable", abstract: "Enable a cron job; its schedule starts from now.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The job: id, id prefix (4+ characters) or AGENT/NAME.") var job: String

    func run() async throws {
        if try await ThroughDaemon.ifRunning(global, { daemon in
            _ = try await daemon.send(method: "PUT", "/api/cron/jobs/\(CronDeleteCommand.pathComponent(job))/enable", [:])
            Terminal.out("enabled \(job)")
        }) { return }
        try await InProcessKernel.with(options: global, alongsideDaemon: true) { kernel in
            _ = try await kernel.setCronJobEnabled(job, true)
            Terminal.out("enabled \(job)")
        }
    }
}
