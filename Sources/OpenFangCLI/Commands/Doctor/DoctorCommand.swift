import ArgumentParser
import OpenFangKernel
import OpenFangTypes

/// `openfang doctor [--json]`: checks the home, config, manifests, keys and port.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check the installation; each check says ok, warn or fail with a one-line fix.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print the checks as JSON.") var json = false
    @Flag(name: .long, help: "Also send one tiny real completion to the default model (plain and streamed).") var live = false

    func run() async throws {
        let environment = CLIEnvironment.load()
        let doctor = Doctor(environment: environment, configPath: global.config)
        var checks = doctor.run()
        if live {
            let config = (try? environment.loader.load(explicitPath: global.config))?.config ?? .defaults
            let outcome = await LiveProbe(config: config, environment: environment.variables).run(provider: "default", model: nil)
            checks.append(outcome.ok
                ? .ok("live", outcome.lines.joined(separator: "; "))
                : .fail("live", outcome.lines.joined(separator: "; "), fix: "see the message; `openfang config test-key default` repeats this check"))
        }
        if json {
            try JSONOutput.print(checks)
        } else {
            let colors = Terminal.colorsOut
            for check in checks {
                let label: String
                switch check.status {
                case .ok: label = Terminal.paint("ok  ", "32", enabled: colors)
                case .warn: label = Terminal.paint("warn", "33", enabled: colors)
                case .fail: label = Terminal.paint("fail", "31", enabled: colors)
                }
                Terminal.out("\(label)  \(check.name): \(check.message)")
                if let fix = check.fix { Terminal.out("      fix: \(fix)") }
            }
            let failures = checks.filter { $0.status == .fail }.count
            let warnings = checks.filter { $0.status == .warn }.count
            Terminal.out("\(checks.count) checks: \(failures) failed, \(warnings) warnings")
        }
        if checks.contains(where: { $0.status == .fail }) { throw ExitCode.failure }
    }
}
