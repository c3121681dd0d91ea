import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct ShellExecTests {
    func withShell(policy: ExecPolicyConfig = .defaults, shell: [String] = ["*"], _ body: (ToolRegistry, ToolContext, TemporaryDirectory) async throws -> Void) async throws {
        let temp = try TemporaryDirectory("shell")
        defer { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.file("ws"), withIntermediateDirectories: true)
        var registry = ToolRegistry()
        registry.register(ShellExecTool())
        let context = ToolContext(
            agentID: .random(), callID: "c", workspace: try WorkspaceSandbox(root: temp.file("ws")), permissions: .granting(shell: shell, execPolicy: policy))
        try await body(registry, context, temp)
    }

    func policy(_ mode: ExecSecurityMode, allowed: [String] = [], timeout: Int = 30) -> ExecPolicyConfig {
        var policy = ExecPolicyConfig.defaults
        policy.mode = mode
        policy.allowedCommands = allowed
        policy.timeoutSecs = timeout
        return policy
    }

    @Test func anAllowedPipelineRunsInTheWorkspace() async throws {
        try await withShell(policy: policy(.allowlist, allowed: ["grep", "ls"])) { registry, context, temp in
            try "b x\na x\nc\n".write(toFile: temp.file("ws/f.txt"), atomically: true, encoding: .utf8)
            let result = await registry.call("shell_exec", arguments: .object(["command": .string("grep x f.txt | sort | head -5")]), context: context)
            #expect(result == .success("a x\nb x\n"))
            let pwd = await registry.call("shell_exec", arguments: .object(["command": .string("pwd")]), context: context)
            #expect(pwd.content.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("/ws"))
        }
    }

    @Test func refusalsNameTheCommandAndRule() async throws {
        try await withShell(policy: policy(.allowlist)) { registry, context, _ in
            let chained = await registry.call("shell_exec", arguments: .object(["command": .string("echo hi; rm -rf x")]), context: context)
            #expect(chained.isError && chained.content.hasPrefix("Permission denied: shell command \"echo hi; rm -rf x\"") && chained.content.contains("`rm`"))
            let substitution = await registry.call("shell_exec", arguments: .object(["command": .string("echo $(cat /etc/passwd)")]), context: context)
            #expect(substitution.isError && substitution.content.contains("substitution"))
        }
        try await withShell(policy: policy(.deny)) { registry, context, _ in
            let denied = await registry.call("shell_exec", arguments: .object(["command": .string("echo hi")]), context: context)
            #expect(denied == .failure("Permission denied: tool shell_exec (rule: exec_policy mode is deny)"))
        }
        try await withShell(policy: policy(.full), shell: ["git *"]) { registry, context, _ in
            let pattern = await registry.call("shell_exec", arguments: .object(["command": .string("echo hi")]), context: context)
            #expect(pattern.isError && pattern.content.contains("echo hi") && pattern.content.contains("git *"))
        }
    }

    @Test func theEnvironmentIsClearedExceptPassthrough() async throws {
        setenv("OPENFANG_TEST_SECRET", "s3cret", 1)
        setenv("OPENFANG_TEST_PASS", "visible", 1)
        var passing = policy(.full)
        passing.shellEnvPassthrough = ["OPENFANG_TEST_PASS"]
        try await withShell(policy: passing) { registry, context, _ in
            let result = await registry.call("shell_exec", arguments: .object(["command": .string("env")]), context: context)
            #expect(!result.content.contains("s3cret") && result.content.contains("OPENFANG_TEST_PASS=visible") && result.content.contains("PATH="))
        }
    }

    @Test func exitCodesAndOutputCap() async throws {
        var capped = policy(.full)
        capped.maxOutputBytes = 100
        try await withShell(policy: capped) { registry, context, _ in
            let failed = await registry.call("shell_exec", arguments: .object(["command": .string("echo oops >&2; exit 3")]), context: context)
            #expect(failed == .failure("Exit code 3\noops\n"))
            let big = await registry.call("shell_exec", arguments: .object(["command": .string("head -c 5000 /dev/zero | tr '\\0' a")]), context: context)
            #expect(big.content.hasPrefix(String(repeating: "a", count: 100)) && big.content.contains("4900 more bytes of output dropped"))
        }
    }

    @Test func aTimeoutKillsTheWholeProcessGroupIncludingGrandchildren() async throws {
        try await withShell(policy: policy(.full)) { registry, context, temp in
            let started = ContinuousClock.now
            let result = await registry.call(
                "shell_exec", arguments: .object(["command": .string("sh -c 'sleep 30 & echo $! > gc.pid; wait'"), "timeout_seconds": .integer(1)]), context: context)
            #expect(started.duration(to: .now) < .seconds(10))
            #expect(result.isError && result.content.hasPrefix("Killed (timeout after 1 s)"))
            let pid = try #require(Int32(try String(contentsOfFile: temp.file("ws/gc.pid"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
            try await Task.sleep(for: .milliseconds(100))
            #expect(Self.isGone(pid), "grandchild \(pid) survived")
        }
    }

    @Test func backgroundChildrenDoNotOutliveAFinishedCommand() async throws {
        try await withShell(policy: policy(.full)) { registry, context, temp in
            let result = await registry.call("shell_exec", arguments: .object(["command": .string("sleep 30 > /dev/null 2>&1 & echo $! > bg.pid; echo started")]), context: context)
            #expect(result == .success("started\n"))
            let pid = try #require(Int32(try String(contentsOfFile: temp.file("ws/bg.pid"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
            try await Task.sleep(for: .milliseconds(100))
            #expect(Self.isGone(pid))
        }
    }

    /// Dead or a zombie waiting for init.
    static func isGone(_ pid: Int32) -> Bool {
        if kill(pid, 0) != 0 { return true }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true
    }
}
