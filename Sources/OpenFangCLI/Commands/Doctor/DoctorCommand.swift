import ArgumentParser

/// `openfang doctor [--json]`: checks the home, config, manifests, keys and port.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check the installation; each check says ok, warn or fail with a one-line fix.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print the checks as JSON.") var json = false

    func run() throws {
        let checks = Doctor(environment: CLIEnvironment.load(), configPath: global.config).run()
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
