import Foundation
import OpenFangMemory
import OpenFangTesting
import OpenFangTypes
import Testing

@Suite(.serialized) struct MemoryCommandTests {
    @Test func keyValueCommandsWorkOnTheDatabase() throws {
        let t = try CLITestHome("cli-memory")
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        let agent = AgentID.random().description
        #expect(try t.run("memory", "set", agent, "colour", "blue").status == 0)
        #expect(try t.run("memory", "set", agent, "numbers", "[1, 2]").status == 0)
        #expect(try t.run("memory", "get", agent, "colour").standardOutput == "\"blue\"\n")
        #expect(try t.run("memory", "get", agent, "numbers").standardOutput == "[1,2]\n")
        #expect(try t.run("memory", "list", agent).standardOutput == "colour = \"blue\"\nnumbers = [1,2]\n")
        #expect(try t.run("memory", "list", "shared").standardOutput.isEmpty, "namespaces are separate")
        #expect(try t.run("memory", "delete", agent, "colour").status == 0)
        let missing = try t.run("memory", "get", agent, "colour")
        #expect(missing.status == 1 && missing.standardError.contains("no key \"colour\""))
        let badAgent = try t.run("memory", "list", "coder")
        #expect(badAgent.status == 1 && badAgent.standardError.contains("is not an agent id"))
        #expect(FileManager.default.fileExists(atPath: t.home + "/data/openfang.db"))
    }

    @Test func sessionsListsWhatTheStoreHolds() async throws {
        let t = try CLITestHome("cli-sessions")
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("sessions").standardOutput == "no sessions\n")
        let agent = AgentID.random()
        let store = try await SQLiteMemoryStore.open(path: t.home + "/data/openfang.db")
        let session = try await store.createSession(for: agent, label: "demo")
        try await store.append([.user("hi"), .assistant("hello")], to: session.id)
        await store.close()
        let listed = try t.run("sessions", agent.description, "--json")
        let rows = try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]]
        #expect(rows?.first?["message_count"] as? Int == 2 && rows?.first?["label"] as? String == "demo")
    }

    @Test func securityVerifyNamesTheTamperedRecord() async throws {
        let t = try CLITestHome("cli-verify")
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        let path = t.home + "/data/openfang.db"
        let store = try await SQLiteMemoryStore.open(path: path)
        for index in 1...4 {
            try await store.appendAudit(AuditEntry(actor: "system", action: "test", subject: "s\(index)"))
        }
        await store.close()
        let intact = try t.run("security", "verify")
        #expect(intact.status == 0 && intact.standardOutput == "audit chain intact: 4 record(s) verified\n")
        let tamper = Process()
        tamper.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tamper.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE audit_log SET subject='forged' WHERE seq=2\"); c.commit()", path]
        try tamper.run()
        tamper.waitUntilExit()
        #expect(tamper.terminationStatus == 0)
        let broken = try t.run("security", "verify")
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("audit chain BROKEN at record 2: its content does not match its hash"))
    }
}
