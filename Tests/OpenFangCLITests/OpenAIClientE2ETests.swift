import Foundation
import OpenFangKernel
import OpenFangTesting
import Testing

/// The official `openai` Python package against the real daemon (`openfang start`, api_key set,
/// a scripted model): model list, a whole and a streamed completion with usage, history that
/// reaches the model, and a 404 the SDK raises as NotFoundError. The interpreter comes from
/// `OPENFANG_TEST_PYTHON` or `.venv-e2e/bin/python` (CI installs it; missing = failure).
@Suite(.serialized, .timeLimit(.minutes(1))) struct OpenAIClientE2ETests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The venv's python, or nil (the test then fails saying how to install it).
    static var python: String? {
        let path = ProcessInfo.processInfo.environment["OPENFANG_TEST_PYTHON"] ?? packageRoot + "/.venv-e2e/bin/python"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Runs the client script; its stdout is JSON.
    func runClient(python: String, baseURL: String, key: String, scratch: TemporaryDirectory) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Self.packageRoot + "/Tests/E2E/openai_client.py", "--base-url", baseURL, "--api-key", key, "--model", "assistant"]
        try scratch.write("", to: "out")
        try scratch.write("", to: "err")
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.file("out")))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.file("err")))
        (process.standardOutput, process.standardError) = (out, err)
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = FileManager.default.contents(atPath: scratch.file("out")) ?? Data()
        let stderr = String(decoding: FileManager.default.contents(atPath: scratch.file("err")) ?? Data(), as: UTF8.self)
        try #require(process.terminationStatus == 0, "openai_client.py failed:\n\(stderr)")
        return try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any], "not JSON: \(String(decoding: stdout, as: UTF8.self))")
    }

    @Test func theOfficialOpenAIClientTalksToTheDaemon() async throws {
        guard let python = Self.python else {
            Issue.record(
                """
                no Python with the `openai` package for the end-to-end test: run \
                `python3 -m venv .venv-e2e && .venv-e2e/bin/pip install openai` in \(Self.packageRoot) \
                (or set OPENFANG_TEST_PYTHON to such an interpreter); .ci/run does this
                """)
            return
        }
        let server = try await ScriptedLLMServer.start()
        let t = try CLITestHome("cli-openai-e2e", environment: ["GROQ_API_KEY": "gsk-test", "OPENFANG_LISTEN": "127.0.0.1:0"])
        defer { t.remove() }
        #expect(try t.run("init", "--quick").status == 0)
        #expect(try t.run("config", "set", "provider_urls.groq", server.baseURL + "/openai/v1").status == 0)
        #expect(try t.run("config", "set", "api_key", "e2e-key").status == 0)
        let daemon = try t.startDaemon().0
        defer { if daemon.isRunning { daemon.terminate() } }
        _ = try await t.waitForDaemon()
        server.enqueue(OpenAIWire.text("ready"))
        #expect(try t.run("message", "assistant", "hi").status == 0, "registers the agent in the daemon")
        let record = try #require(DaemonRecord.read(in: OpenFangHome(root: t.home)))

        server.enqueue(
            OpenAIWire.text("Hello from OpenFang"), OpenAIWire.textStream(["One, ", "two, ", "three."]),
            OpenAIWire.text("I do not know your name."), OpenAIWire.text("Your name is Ada."))
        let scratch = try TemporaryDirectory("openai-e2e")
        defer { scratch.remove() }
        let results = try runClient(python: python, baseURL: "http://\(record.listen)/v1", key: "e2e-key", scratch: scratch)

        #expect(results["models"] as? [String] == ["assistant"])
        let plain = try #require(results["plain"] as? [String: Any])
        #expect(plain["content"] as? String == "Hello from OpenFang" && plain["finish_reason"] as? String == "stop")
        #expect((plain["id"] as? String)?.hasPrefix("chatcmpl-") == true && plain["model"] as? String == "assistant")
        #expect((plain["usage"] as? [String: Any])?["total_tokens"] as? Int == 18)
        let stream = try #require(results["stream"] as? [String: Any])
        #expect(stream["pieces"] as? [String] == ["One, ", "two, ", "three."] && stream["roles"] as? [String] == ["assistant"])
        #expect(stream["finish_reasons"] as? [String] == ["stop"] && stream["ids"] as? Int == 1)
        #expect((stream["usage"] as? [String: Any])?["prompt_tokens"] as? Int == 11)
        #expect((results["forgetful"] as? [String: Any])?["content"] as? String == "I do not know your name.")
        #expect((results["remembered"] as? [String: Any])?["content"] as? String == "Your name is Ada.")
        let unknown = try #require(results["unknown"] as? [String: Any])
        #expect(unknown["raised"] as? String == "NotFoundError" && unknown["status"] as? Int == 404 && unknown["param"] as? String == "model")

        // What the model was sent: the streamed call streamed; the earlier turns reached it only when the client sent them.
        let requests = server.requests
        #expect(requests.count == 5)
        #expect(requests.count == 5 && (requests[2].json as? [String: Any])?["stream"] as? Bool == true)
        #expect(requests.count == 5 && !requests[3].body.contains("My name is Ada."))
        #expect(requests.count == 5 && requests[4].body.contains("My name is Ada.") && requests[4].body.contains("Nice to meet you, Ada."))
        #expect(requests.count == 5 && requests[4].body.contains("Answer in one short sentence."))

        #expect(try t.run("stop").status == 0)
        daemon.waitUntilExit()
        await server.shutdown()
    }
}
