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

    func run() async throws { try await CronToggle.set(job, enabled: true, options: global) }
}
