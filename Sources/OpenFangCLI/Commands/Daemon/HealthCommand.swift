import ArgumentParser
import OpenFangTypes

/// `openfang health [--json]`: the running daemon's detailed health.
struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health", abstract: "The running daemon's health in detail: agents by state, default model readiness, pending approvals.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    func run() async throws {
        guard let daemon = try DaemonClient.running(options: global) else {
            Terminal.err("error: no daemon is running (`openfang start` starts one)")
            throw ExitCode(3)
        }
        let detail: JSONValue
        do {
            detail = try await daemon.get("/api/health/detail")
        } catch {
            Terminal.err("error: \(error)")
            throw ExitCode.failure
        }
        if json {
            try JSONOutput.print(detail)
            return
        }
        let states = (detail["agents_by_state"]?.objectValue ?? [:]).sorted { $0.key < $1.key }.map { "\($0.value.intValue ?? 0) \($0.key)" }
        Terminal.out("status: \(detail["status"]?.stringValue ?? "?") (version \(detail["version"]?.stringValue ?? "?"), up \(detail["uptime_seconds"]?.intValue ?? 0) s)")
        Terminal.out("agents: \(detail["agents"]?.intValue ?? 0)" + (states.isEmpty ? "" : " (\(states.joined(separator: ", ")))"))
        Terminal.out("pending approvals: \(detail["pending_approvals"]?.intValue ?? 0)")
        if let problem = detail["default_model_problem"]?.stringValue { Terminal.out("default model: \(problem)") }
        if detail["status"]?.stringValue != "ok" { throw ExitCode.failure }
    }
}
