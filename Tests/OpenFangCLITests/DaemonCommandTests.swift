import Foundation
import OpenFangKernel
import OpenFangTesting
import Testing

/// `start`, `status` and `stop` as real processes on a free loopback port.
@Suite(.serialized, .timeLimit(.minutes(1))) struct DaemonCommandTests {
    func makeHome(_ label: String) throws -> CLITestHome {
        try CLITestHome(label, environment: ["OPENFANG_LISTEN": "127.0.0.1:0"])
    }

    @Test func startInitialisesServesStatusRefusesASecondAndStopsGracefully() async throws {
        let t = try makeHome("cli-daemon")
        defer { t.remove() }
        let (process, log) = try t.startDaemon()
        defer { if process.isRunning { process.terminate() } }
        let record = try await t.waitForDaemon()
        #expect(record.pid == process.processIdentifier && record.version == "0.1.0" && !record.listen.hasSuffix(":0"))
        #expect(FileManager.default.fileExists(atPath: t.config), "start set the home up first")

        let status = try t.run("status", "--json")
        #expect(status.status == 0, "\(status.standardError)")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(status.standardOutput.utf8)) as? [String: Any])
        #expect(body["running"] as? Bool == true && body["healthy"] as? Bool == true && body["agents"] as? Int == 0)

        let message = try t.run("message", "assistant", "hi")
        #expect(message.status == 1, "no key anywhere: the daemon answers with what to set")
        #expect(message.standardError.contains("registered agent assistant (") && message.standardError.contains("in the daemon"))
        #expect(message.standardError.contains("error: agent assistant cannot reach a model: groq needs an API key: set GROQ_API_KEY"), "\(message.standardError)")
        let kill = try t.run("agent", "kill", "assistant")
        #expect(kill.status == 0 && kill.standardOutput == "assistant is terminated\n", "the agent verbs go through the daemon: \(kill.standardError)")
        let second = try t.run("start")
        #expect(second.status == 1 && second.standardError.contains("a daemon is already running (pid \(record.pid)"))

        let stop = try t.run("stop")
        #expect(stop.status == 0 && stop.standardOutput == "stopped the daemon (pid \(record.pid))\n")
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let output = try String(contentsOfFile: log, encoding: .utf8)
        #expect(output.contains("No OpenFang home at \(t.home) yet: created one") && output.contains("listening on http://127.0.0.1:") && output.hasSuffix("stopped\n"))
        #expect(!FileManager.default.fileExists(atPath: t.home + "/daemon.json"))
        let after = try t.run("status")
        #expect(after.status == 3 && after.standardOutput == "not running\n")
        #expect(try t.run("health").status == 3)
    }

    @Test func aStaleRecordIsRemovedAndDetachRunsInTheBackground() async throws {
        let t = try makeHome("cli-daemon-stale")
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        let home = OpenFangHome(root: t.home)
        try DaemonRecord(pid: 999_999, listen: "127.0.0.1:1", version: "0.0.1", startedAt: Date()).write(in: home)
        #expect(try t.run("status").status == 3)

        let detached = try t.run("start", "--detach")
        #expect(detached.status == 0, "\(detached.standardError)")
        #expect(detached.standardError.contains("removed a stale daemon.json (pid 999999 is not running)"))
        #expect(detached.standardOutput.hasPrefix("OpenFang started in the background: pid "))
        let record = try #require(DaemonRecord.read(in: home))
        #expect(record.isAlive && record.pid != 999_999)
        let logs = try t.run("logs", "--lines", "5")
        #expect(logs.status == 0 && logs.standardOutput.contains("listening on http://127.0.0.1:"), "\(logs.standardError)")
        let health = try t.run("health", "--json")
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(health.standardOutput.utf8)) as? [String: Any])
        #expect(detail["pending_approvals"] as? Int == 0 && detail["version"] as? String == "0.1.0", "\(health.standardError)")
        #expect(try t.run("stop").status == 0)
        #expect(!record.isAlive)
        let log = try String(contentsOfFile: t.home + "/logs/daemon.log", encoding: .utf8)
        #expect(log.contains("listening on http://127.0.0.1:") && log.contains("stopped"))
    }

    @Test func aPublicAddressWithoutAnAPIKeyIsRefused() throws {
        var t = try makeHome("cli-daemon-public")
        defer { t.remove() }
        t.environment["OPENFANG_LISTEN"] = "0.0.0.0:0"
        #expect(try t.run("init", "--quick").status == 0)
        let result = try t.run("start")
        #expect(result.status == 1 && result.standardError.contains("refusing to listen on 0.0.0.0:0 without an api_key"))
    }
}
