import Foundation
import OpenFangTesting
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct ToolRegistryTests {
    struct Echo: Tool {
        struct Input: Decodable, Sendable {
            var text: String
            var times: Int?
        }

        static let definition = ToolDefinition(
            name: "echo_text", description: "Echo.", inputSchema: .object(["text": .string("Text"), "times": .integer("Repeats")], required: ["text"]))

        func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
            .success(String(repeating: input.text, count: input.times ?? 1))
        }
    }

    var registry: ToolRegistry {
        var registry = ToolRegistry()
        registry.register(Echo())
        registry.register(SystemTimeTool(now: { Date(timeIntervalSince1970: 1_800_000_000) }))
        return registry
    }

    let context = ToolContext(agentID: .random(), callID: "call_1", permissions: .granting())

    @Test func callsDecodeTypedInput() async {
        #expect(await registry.call("echo_text", arguments: .object(["text": .string("ab"), "times": .integer(2)]), context: context) == .success("abab"))
    }

    @Test func badArgumentsSayWhatIsWrong() async {
        let missing = await registry.call("echo_text", arguments: .object([:]), context: context)
        #expect(missing.isError && missing.content.hasPrefix("Invalid arguments for echo_text: missing `text`"))
        let wrongType = await registry.call("echo_text", arguments: .object(["text": .integer(3)]), context: context)
        #expect(wrongType.isError && wrongType.content.contains("`text` should be String"))
    }

    @Test func aliasesAndUnknownNames() async {
        #expect(ToolNameAliases.canonical("Read") == "file_read" && ToolNameAliases.canonical("Bash") == "shell_exec")
        #expect(registry.resolve("now") == "system_time" && registry.resolve("Read") == nil, "aliases only resolve to registered tools")
        let unknown = await registry.call("echo_txt", arguments: .object([:]), context: context)
        #expect(unknown.isError && unknown.content.contains("Did you mean echo_text?"))
        #expect(registry.definitions.map(\.name) == ["echo_text", "system_time"])
    }

    @Test func systemTimeReportsUTCAndAZone() async {
        let output = await registry.call("system_time", arguments: .object(["timezone": .string("Asia/Tokyo")]), context: context)
        #expect(output.content.contains("utc: 2027-01-15T08:00:00Z") && output.content.contains("Asia/Tokyo: 2027-01-15T17:00:00+09:00"))
        let bad = await registry.call("system_time", arguments: .object(["timezone": .string("Mars/Olympus")]), context: context)
        #expect(bad.isError)
    }
}
