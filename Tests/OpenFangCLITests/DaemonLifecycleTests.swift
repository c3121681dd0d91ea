import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OpenFangKernel
import OpenFangTesting
import Testing

/// The daemon across real process restarts: agents keep their ids and sessions, a cron job runs
/// inside it, and a SIGTERM during that job's turn leaves the run `interrupted` (the graceful
/// path, not the crash path) with the session intact.
@Suite(.serialized, .timeLimit(.minutes(1))) struct DaemonLifecycleTests {
    func json(_ output: OpenFangProcess.Output) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
    }

    @Test func agentsSessionsAndAnInterruptedCronTurnSurviveDaemonRestarts() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try CLITestHome("cli-daemon-life", environment: ["GROQ_API_KEY": "gsk-test", "OPENFANG_LISTEN": "127.0.0.1:0"])
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("config", "set", "provider_urls.groq", server.baseURL + "/openai/v1").status == 0)
        server.enqueue(OpenAIWire.text("Nice to meet you"))
        let first = try t.run("message", "assistant", "my name is Ada", "--json")
        #expect(first.status == 0, "\(first.standardError)")
        let agentsBefore = try json(t.run("agent", "list", "--json"))

        // A job fires inside the daemon; its model call hangs until the daemon is stopped.
        #expect(try t.run("cron", "create", "assistant", "every 1s", "Check the inbox.", "--name", "inbox").status == 0)
        server.enqueue(ScriptedReply(status: 200, headers: [("content-type", "application/json")], pieces: [.pause(.seconds(20)), .bytes("{}")]))
        let daemon = try t.startDaemon().0
        defer { if daemon.isRunning { daemon.terminate() } }
        _ = try await t.waitForDaemon()
        while server.requests.count < 2 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(try t.run("cron", "disable", "assistant/inbox").status == 0, "cron commands work beside the daemon")
        let stop = try t.run("stop")
        #expect(stop.status == 0, "\(stop.standardError)")
        daemon.waitUntilExit()
        #expect(daemon.terminationStatus == 0)

        let runs = try json(t.run("runs", "list", "--json"))
        let interrupted = runs.filter { $0["status"] as? String == "interrupted" }
        #expect(interrupted.count == 1, "\(runs)")
        #expect(interrupted.first?["error"] as? String == "the turn was cancelled before it finished", "the graceful path, not the crash recovery")
        let audit = try t.run("security", "audit", "--json", "--limit", "50").standardOutput
        #expect(audit.contains("the daemon stopped; resumed at the next start"), "the running agent was saved as suspended")

        // Restart: same agents and ids; the session still holds the first conversation.
        let again = try t.startDaemon().0
        defer { if again.isRunning { again.terminate() } }
        _ = try await t.waitForDaemon()
        #expect(try t.run("stop").status == 0)
        again.waitUntilExit()
        let agentsAfter = try json(t.run("agent", "list", "--json"))
        #expect(agentsAfter.map { $0["id"] as? String } == agentsBefore.map { $0["id"] as? String })
        #expect(agentsAfter.first?["state"] as? String == "running")
        server.enqueue(OpenAIWire.text("Hello again, Ada"))
        let second = try t.run("message", "assistant", "what is my name?")
        #expect(second.standardOutput == "Hello again, Ada\n", "\(second.standardError)")
        let body = try #require(server.requests.last?.body)
        #expect(body.contains("my name is Ada") && body.contains("Nice to meet you") && body.contains("Check the inbox."))
        await server.shutdown()
    }

    @Test func messagesAndApprovalsGoThroughTheRunningDaemon() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try CLITestHome("cli-daemon-api", environment: ["GROQ_API_KEY": "gsk-test", "OPENFANG_LISTEN": "127.0.0.1:0"])
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("config", "set", "provider_urls.groq", server.baseURL + "/openai/v1").status == 0)
        #expect(try t.run("config", "set", "api_key", "cli-test-key").status == 0)
        let none = try t.run("approvals", "list")
        #expect(none.status == 1 && none.standardError.contains("no daemon is running; tool calls wait for approval only inside the daemon"))

        let daemon = try t.startDaemon().0
        defer { if daemon.isRunning { daemon.terminate() } }
        _ = try await t.waitForDaemon()
        server.enqueue(OpenAIWire.text("Hello through the daemon"))
        let message = try t.run("message", "assistant", "hi", "--json")
        #expect(message.status == 0, "\(message.standardError)")
        #expect(message.standardError.contains("registered agent assistant (") && message.standardError.contains("in the daemon"))
        let reply = try #require(try JSONSerialization.jsonObject(with: Data(message.standardOutput.utf8)) as? [String: Any])
        #expect(reply["response"] as? String == "Hello through the daemon" && (reply["agent_id"] as? String)?.count == 36)
        #expect(try json(t.run("agent", "list", "--json")).map { $0["name"] as? String } == ["assistant"])
        let status = try #require(try JSONSerialization.jsonObject(with: Data(t.run("status", "--json").standardOutput.utf8)) as? [String: Any])
        #expect(status["agents_by_state"] as? [String: Int] == ["running": 1], "/api/status read with the key: \(status)")
        let sessions = try json(t.run("sessions", "assistant", "--json"))
        #expect(sessions.count == 1 && sessions.first?["agent_name"] as? String == "assistant" && sessions.first?["message_count"] as? Int == 2, "\(sessions)")
        #expect(try t.run("sessions").standardOutput.contains("assistant"), "the table names the agent")
        #expect(try t.run("approvals", "list").standardOutput == "no pending approvals\n")
        #expect(try t.run("agent", "new", "coder").standardOutput.hasPrefix("registered agent coder ("))
        let set = try t.run("agent", "set", "coder", "model", "groq/llama-3.3-70b-versatile")
        #expect(set.standardOutput == "coder now uses groq/llama-3.3-70b-versatile\n", "\(set.standardError)")
        #expect(try t.run("agent", "set-state", "suspend", "coder").standardOutput == "coder is suspended\n")
        let listed = try json(t.run("agent", "list", "--json"))
        #expect(listed.first { $0["name"] as? String == "coder" }?["state"] as? String == "suspended")
        let created = try t.run("cron", "create", "coder", "every 2h", "Tidy up.", "--name", "tidy")
        #expect(created.standardOutput.hasPrefix("created coder/tidy ("), "through the API: \(created.standardError)")
        let jobs = try json(t.run("cron", "list", "--json"))
        #expect(jobs.first?["agent"] as? String == "coder" && jobs.first?["schedule"] as? String == "every 2h")
        let next = try t.run("cron", "next", "coder/tidy", "--n", "2")
        #expect(next.status == 0 && next.standardOutput.split(separator: "\n").count == 2, "through the API: \(next.standardOutput)\(next.standardError)")
        #expect(try t.run("cron", "disable", "coder/tidy").standardOutput == "disabled coder/tidy\n")
        #expect(try t.run("cron", "next", "coder/tidy").standardOutput.hasPrefix("coder/tidy is disabled"))
        #expect(try t.run("cron", "delete", "coder/tidy").status == 0)
        #expect(try json(t.run("cron", "list", "--json")).isEmpty)
        #expect(try t.run("agent", "kill", "coder").status == 0)
        let unknown = try t.run("approvals", "approve", "nope")
        #expect(unknown.status == 1 && unknown.standardError.contains(#"no pending approval "nope""#))
        #expect(try t.run("stop").status == 0)
        daemon.waitUntilExit()
        await server.shutdown()
    }

    /// The JSON a GET on the running daemon answers.
    static func get(_ t: CLITestHome, _ path: String) async throws -> Any {
        let record = try #require(DaemonRecord.read(in: OpenFangHome(root: t.home)))
        let (data, _) = try await URLSession.shared.data(from: try #require(URL(string: "http://\(record.listen)\(path)")))
        return try JSONSerialization.jsonObject(with: data)
    }

    @Test func agentsAndSessionsStayReachableThroughTheAPIAcrossARestart() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try CLITestHome("cli-daemon-restart-api", environment: ["GROQ_API_KEY": "gsk-test", "OPENFANG_LISTEN": "127.0.0.1:0"])
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("config", "set", "provider_urls.groq", server.baseURL + "/openai/v1").status == 0)
        let first = try t.startDaemon().0
        defer { if first.isRunning { first.terminate() } }
        _ = try await t.waitForDaemon()
        server.enqueue(OpenAIWire.text("Noted."))
        #expect(try t.run("message", "assistant", "remember the number 42").status == 0)
        let sessions = try #require(try await Self.get(t, "/api/sessions") as? [[String: Any]])
        let session = try #require(sessions.first { $0["canonical"] as? Bool == true }?["session_id"] as? String)
        let agent = try #require(try await Self.get(t, "/api/agents/assistant") as? [String: Any])
        #expect(try t.run("stop").status == 0)
        first.waitUntilExit()

        let second = try t.startDaemon().0
        defer { if second.isRunning { second.terminate() } }
        _ = try await t.waitForDaemon()
        let again = try #require(try await Self.get(t, "/api/agents/assistant") as? [String: Any])
        #expect(again["id"] as? String == agent["id"] as? String && again["state"] as? String == "running")
        #expect(again["session_id"] as? String == session)
        let stored = try #require(try await Self.get(t, "/api/sessions/\(session)") as? [String: Any])
        let messages = try #require(stored["messages"] as? [[String: Any]])
        #expect(messages.count == 2, "\(messages)")
        server.enqueue(OpenAIWire.text("It was 42."))
        let reply = try t.run("message", "assistant", "which number?")
        #expect(reply.standardOutput == "It was 42.\n", "\(reply.standardError)")
        #expect(server.requests.last?.body.contains("remember the number 42") == true)
        #expect(try t.run("stop").status == 0)
        second.waitUntilExit()
        await server.shutdown()
    }

    @Test func chatGoesThroughTheRunningDaemon() async throws {
        let server = try await ScriptedLLMServer.start()
        let t = try CLITestHome("cli-daemon-chat", environment: ["GROQ_API_KEY": "gsk-test", "OPENFANG_LISTEN": "127.0.0.1:0"])
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("config", "set", "provider_urls.groq", server.baseURL + "/openai/v1").status == 0)
        let daemon = try t.startDaemon().0
        defer { if daemon.isRunning { daemon.terminate() } }
        _ = try await t.waitForDaemon()
        server.enqueue(OpenAIWire.textStream(["Streamed ", "through ", "the daemon"]), OpenAIWire.textStream(["after new"]))
        let chat = try t.run("chat", input: "hello\n/usage\n/new\nagain\n/exit\n")
        #expect(chat.status == 0, "\(chat.standardError)")
        #expect(chat.standardOutput.hasPrefix("Streamed through the daemon\n"), "\(chat.standardOutput)")
        #expect(chat.standardOutput.contains("today (UTC): 1 turn") && chat.standardOutput.contains("this chat: 1 turn"))
        #expect(chat.standardOutput.contains("new session") && chat.standardOutput.contains("after new"))
        #expect(try t.run("stop").status == 0)
        daemon.waitUntilExit()
        await server.shutdown()
    }
}
