import Foundation
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct TextToolCallRecoveryTests {
    let tools: Set<String> = ["file_write", "web_search", "shell_exec"]
    static let path = JSONValue.object(["path": .string("a.txt"), "content": .string("hi")])

    static let formats: [(String, String)] = [
        ("function_equals", #"<function=file_write>{"path": "a.txt", "content": "hi"}</function>"#),
        ("function_tag", #"<function>file_write{"path": "a.txt", "content": "hi"}</function>"#),
        ("tool_tag", #"<tool>file_write {"path": "a.txt", "content": "hi"}</tool>"#),
        ("markdown_block", "```\nfile_write {\"path\": \"a.txt\", \"content\": \"hi\"}\n```"),
        ("backticks", #"`file_write {"path": "a.txt", "content": "hi"}`"#),
        ("tool_call_brackets_json", #"[TOOL_CALL]{"name": "file_write", "arguments": {"path": "a.txt", "content": "hi"}}[/TOOL_CALL]"#),
        ("tool_call_brackets_arrow", #"[TOOL_CALL]file_write -> {"path": "a.txt", "content": "hi"}[/TOOL_CALL]"#),
        ("tool_call_brackets_flags", "[TOOL_CALL]file_write --path a.txt --content hi[/TOOL_CALL]"),
        ("tool_call_qwen", #"<tool_call>{"name": "file_write", "arguments": {"path": "a.txt", "content": "hi"}}</tool_call>"#),
        ("bare_json", #"{"name": "file_write", "arguments": {"path": "a.txt", "content": "hi"}}"#),
        ("function_attributes", #"<function name="file_write" parameters='{"path": "a.txt", "content": "hi"}' />"#),
        ("plugin_block", #"<|plugin|>{"name": "file_write", "arguments": {"path": "a.txt", "content": "hi"}}<|endofblock|>"#),
        ("react", "Thought: I should write it.\nAction: file_write\nAction Input: {\"path\": \"a.txt\", \"content\": \"hi\"}"),
        ("name_newline_json", "file_write\n{\"path\": \"a.txt\", \"content\": \"hi\"}"),
        ("tool_use_tag", #"<tool_use>{"name": "file_write", "input": {"path": "a.txt", "content": "hi"}}</tool_use>"#),
        ("function_parameters", "<function=file_write><parameter=path>a.txt</parameter><parameter=content>hi</parameter></function>"),
        ("arguments_as_string", #"<tool_call>{"name": "file_write", "arguments": "{\"path\": \"a.txt\", \"content\": \"hi\"}"}</tool_call>"#),
    ]

    @Test(arguments: formats) func everyFormatIsRecovered(format: String, text: String) {
        let result = TextToolCallRecovery.recover(from: "Sure.\n" + text + "\n", availableTools: tools)
        #expect(result.calls == [RecoveredToolCall(name: "file_write", input: Self.path)], "\(format)")
        #expect(result.remainingText.hasPrefix("Sure."), "\(format)")
        #expect(!result.remainingText.contains("file_write") || format == "react", "\(format): \(result.remainingText)")
    }

    @Test func aliasesAreNormalisedAndUnknownToolsIgnored() {
        let aliased = TextToolCallRecovery.recover(from: #"<tool_call>{"name": "Bash", "arguments": {"command": "ls"}}</tool_call>"#, availableTools: tools)
        #expect(aliased.calls == [RecoveredToolCall(name: "shell_exec", input: .object(["command": .string("ls")]))])
        let unknown = TextToolCallRecovery.recover(from: #"<tool_call>{"name": "launch_rockets", "arguments": {}}</tool_call>"#, availableTools: tools)
        #expect(unknown.calls.isEmpty && unknown.remainingText.contains("launch_rockets"))
    }

    @Test func proseAndBrokenJSONAreLeftAlone() {
        for text in [
            "I could use file_write to save it, or web_search to look it up.",
            "Use `file_write` for that.",
            #"<function=file_write>{"path": "a.txt", "content": </function>"#,
            #"The config is {"name": "value", "other": 1}."#,
            "```json\n{\"a\": 1}\n```",
        ] {
            let result = TextToolCallRecovery.recover(from: text, availableTools: tools)
            #expect(result.calls.isEmpty, "\(text)")
            #expect(result.remainingText == text)
        }
    }

    @Test func severalCallsInOneTextKeepTheirOrder() {
        let text = """
            First <tool_call>{"name": "web_search", "arguments": {"query": "swift"}}</tool_call>
            then <function=file_write>{"path": "a.txt", "content": "hi"}</function> done.
            """
        let result = TextToolCallRecovery.recover(from: text, availableTools: tools)
        #expect(result.calls.map(\.name) == ["web_search", "file_write"])
        #expect(result.remainingText == "First \nthen  done.")
    }

    @Test func lastResortFormsOnlyWhenNothingElseMatched() {
        let text = #"<tool_call>{"name": "web_search", "arguments": {"query": "q"}}</tool_call> and {"name": "file_write", "arguments": {}}"#
        #expect(TextToolCallRecovery.recover(from: text, availableTools: tools).calls.map(\.name) == ["web_search"])
    }
}

extension TextToolCallRecoveryTests {
    @Test func codeFullOfBracesIsNotACall() {
        let code = String(repeating: "if (x) { y(); ", count: 5_000) + #"{"name": "file_write", "arguments": {"path": "a.txt", "content": "hi"}}"#
        let result = TextToolCallRecovery.recover(from: code, availableTools: tools)
        #expect(result.calls == [RecoveredToolCall(name: "file_write", input: Self.path)])
    }
}
