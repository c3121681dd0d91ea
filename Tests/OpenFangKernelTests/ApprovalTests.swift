import Foundation
import OpenFangKernel
import OpenFangMemory
import OpenFangRuntime
import OpenFangTesting
import OpenFangTypes
import Testing

@Suite(.timeLimit(.minutes(1))) struct ApprovalTests {
    static let manifest = """
        name = "ops"
        exec_policy = "allowlist"
        [model]
        provider = "openai"
        model = "gpt-4o"
        [capabilities]
        tools = ["shell_exec"]
        shell = ["*"]
        """

    func withKernel(approval: ApprovalConfig = .defaults, _ body: (ScriptedLLMServer, Kernel, TemporaryDirectory) async throws -> Void) async throws {
        try await KernelHarness.run(configure: { $0.approval = approval }) { server, kernel, temp in
            _ = try await kernel.spawn(source: Self.manifest, file: "ops.toml")
            try await body(server, kernel, temp)
        }
    }

    func waitForPending(_ kernel: Kernel) async throws -> PendingApproval {
        for _ in 0..<200 {
            if let first = await kernel.approvals.pending().first { return first }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw CancellationError()
    }

    @Test(arguments: [true, false]) func aGatedToolWaitsForAPerson(approve: Bool) async throws {
        try await withKernel { server, kernel, temp in
            server.enqueue(OpenAIWire.toolCalls([("s", "shell_exec", #"{"command":"echo approved > proof.txt"}"#)]), OpenAIWire.text("done"))
            async let turn = kernel.send("write the proof", to: "ops")
            let pending = try await waitForPending(kernel)
            #expect(pending.request.tool == "shell_exec" && pending.request.summary.contains("echo approved"))
            #expect(await kernel.approvals.resolve(pending.id, approve: approve, by: "user:alice"))
            _ = try await turn
            #expect(FileManager.default.fileExists(atPath: temp.file("workspaces/ops/proof.txt")) == approve)
            if !approve { #expect(server.requests[1].body.contains("Execution denied: 'shell_exec' requires human approval")) }
            let audit = try await kernel.store.auditRecords(limit: 20)
            #expect(audit.contains { $0.action == (approve ? "approval.approved" : "approval.denied") && $0.actor == "user:alice" })
            #expect(await kernel.approvals.pending().isEmpty)
        }
    }

    @Test func silenceIsADenialAfterTheTimeout() async throws {
        var approval = ApprovalConfig.defaults
        approval.timeoutSecs = 1
        try await withKernel(approval: approval) { server, kernel, temp in
            server.enqueue(OpenAIWire.toolCalls([("s", "shell_exec", #"{"command":"echo x > late.txt"}"#)]), OpenAIWire.text("it was not approved"))
            let result = try await kernel.send("try it", to: "ops")
            #expect(result.response == "it was not approved")
            #expect(!FileManager.default.fileExists(atPath: temp.file("workspaces/ops/late.txt")))
            let audit = try await kernel.store.auditRecords(limit: 20)
            #expect(audit.contains { $0.action == "approval.denied" && $0.actor == "timeout after 1 s" })
        }
    }

    @Test func atMostFivePendingPerAgentAndAutoApprove() async throws {
        try await withKernel { _, kernel, _ in
            let agent = AgentID.random()
            let request = ApprovalRequest(agentID: agent, tool: "shell_exec", arguments: .object([:]), summary: "shell_exec: ls")
            try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<5 { group.addTask { await kernel.approvals.decide(on: request) } }
                while await kernel.approvals.pending().count < 5 { try await Task.sleep(for: .milliseconds(5)) }
                #expect(await kernel.approvals.decide(on: request) == false, "the sixth is denied at once")
                for pending in await kernel.approvals.pending() { await kernel.approvals.resolve(pending.id, approve: true, by: "user:bob") }
                var results: [Bool] = []
                for try await result in group { results.append(result) }
                #expect(results == [true, true, true, true, true])
            }
        }
        var auto = ApprovalConfig.defaults
        auto.autoApprove = true
        try await withKernel(approval: auto) { server, kernel, temp in
            server.enqueue(OpenAIWire.toolCalls([("s", "shell_exec", #"{"command":"echo ok > auto.txt"}"#)]), OpenAIWire.text("done"))
            _ = try await kernel.send("go", to: "ops")
            #expect(FileManager.default.fileExists(atPath: temp.file("workspaces/ops/auto.txt")))
        }
    }
}
