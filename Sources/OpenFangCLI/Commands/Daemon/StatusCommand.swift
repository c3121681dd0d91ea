import ArgumentParser
import AsyncHTTPClient
import FoundationEssentials
import NIOCore
import NIOHTTP1
import OpenFangKernel
import OpenFangTypes

/// `openfang status [--json]`: whether the daemon runs, where, whether it answers the public
/// `/api/health`, and (with the configured key) its agents by state from `/api/status`.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show whether the daemon is running and healthy.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON.") var json = false

    /// What `--json` prints.
    struct Status: Encodable {
        var running: Bool
        var pid: Int32?
        var listen: String?
        var version: String?
        var healthy: Bool
        var agents: Int?
        var uptimeSeconds: Int?
        var agentsByState: [String: Int]?

        enum CodingKeys: String, CodingKey {
            case running, pid, listen, version, healthy, agents
            case uptimeSeconds = "uptime_seconds"
            case agentsByState = "agents_by_state"
        }
    }

    func run() async throws {
        let home = CLIEnvironment.load().home
        guard let record = DaemonRecord.read(in: home), record.isAlive else {
            if json { try JSONOutput.print(Status(running: false, healthy: false)) } else { Terminal.out("not running") }
            throw ExitCode(3)
        }
        let agents = await Self.health(record.listen)
        let uptime = Int(Date().timeIntervalSince(record.startedAt))
        let byState = agents == nil ? nil : await agentsByState()
        let status = Status(
            running: true, pid: record.pid, listen: record.listen, version: record.version, healthy: agents != nil, agents: agents, uptimeSeconds: uptime,
            agentsByState: byState)
        if json {
            try JSONOutput.print(status)
        } else {
            let states = byState.map { " (" + $0.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")" } ?? ""
            Terminal.out("running: pid \(record.pid), http://\(record.listen), version \(record.version), up \(uptime) s, "
                + (agents.map { "healthy, \($0) agent(s)" + ($0 > 0 ? states : "") } ?? "NOT answering /api/health"))
        }
        if agents == nil { throw ExitCode.failure }
    }

    /// Agents by state from `/api/status` (keyed), or nil when it cannot be read (a wrong key, say).
    private func agentsByState() async -> [String: Int]? {
        guard let daemon = try? DaemonClient.running(options: global), let answer = try? await daemon.get("/api/status") else { return nil }
        guard let states = answer["agents_by_state"]?.objectValue else { return nil }
        return states.compactMapValues { $0.intValue }
    }

    /// The agent count from `/api/health`, or nil when it does not answer.
    static func health(_ listen: String) async -> Int? {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        defer { _ = client.shutdown() }
        do {
            let response = try await client.execute(HTTPClientRequest(url: "http://\(listen)/api/health"), timeout: .seconds(3))
            let body = try await response.body.collect(upTo: 1 << 16)
            guard response.status == .ok else { return nil }
            return try JSONDecoder().decode(JSONValue.self, from: Data(String(buffer: body).utf8))["agents"]?.intValue
        } catch {
            return nil
        }
    }
}
