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

    func run() async throws { try await CronToggle.set(job, enabled: false, options: global) }
}
