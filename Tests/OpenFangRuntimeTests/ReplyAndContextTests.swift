import Foundation
import OpenFangTypes
import Testing
@testable import OpenFangRuntime

@Suite struct ReplyAndContextTests {
    @Test func directivesAreStrippedAndSilenceRecognised() {
        let parsed = ReplyDirectives.parse("[[reply:msg-42]] Sure thing [[@current]]")
        #expect(parsed.text == "Sure thing")
        #expect(parsed.directives == ReplyDirectives(replyTo: "msg-42", replyToCurrent: true, silent: false))
        for silent in ["NO_REPLY", "  [silent] ", "[SILENT]", "nothing [[silent]]"] {
            let result = ReplyDirectives.parse(silent)
            #expect(result.directives.silent && result.text.isEmpty, "\(silent)")
        }
        #expect(!ReplyDirectives.parse("NO_REPLY needed here").directives.silent)
        #expect(ReplyDirectives.parse("keep [[unknown]] as is").text == "keep [[unknown]] as is")
    }

    @Test func phantomActionsNeedAVerbAndAChannel() {
        #expect(PhantomActionCheck.claimsAction("I've sent the update to the team on Slack."))
        #expect(PhantomActionCheck.claimsAction("Done — emailed the report to bob via email."))
        #expect(!PhantomActionCheck.claimsAction("Should I post it to Slack?"))
        #expect(!PhantomActionCheck.claimsAction("Slack is a chat tool."))
        #expect(!PhantomActionCheck.claimsAction("Here is the summary you asked for."))
    }

    @Test func truncationCutsAtALineWithAMarker() {
        let lines = (0..<2_000).map { "line \($0)" }.joined(separator: "\n")
        let cut = ToolResultTruncation.truncate(lines, contextWindow: 2_000)
        #expect(cut.count < lines.count)
        let body = cut.components(separatedBy: "\n\n[… truncated ")[0]
        #expect(body.hasSuffix(body.components(separatedBy: "\n").last!) && lines.hasPrefix(body + "\n"))
        #expect(cut.contains("characters to fit the context]"))
        #expect(ToolResultTruncation.truncate("short", contextWindow: 2_000) == "short")
    }

    @Test func theGuardShortensOldestToolResultsFirst() {
        let big = String(repeating: "x", count: 3_000)
        let messages: [Message] = [
            .user("go"),
            Message(role: .assistant, content: .blocks([.toolUse(id: "1", name: "t", input: .object([:]))])),
            Message(role: .user, content: .blocks([.toolResult(toolUseID: "1", toolName: "t", content: big, isError: false)])),
            Message(role: .assistant, content: .blocks([.toolUse(id: "2", name: "t", input: .object([:]))])),
            Message(role: .user, content: .blocks([.toolResult(toolUseID: "2", toolName: "t", content: big, isError: false)])),
        ]
        let guarded = ContextGuard.compactToolResults(messages, contextWindow: 3_000)
        #expect(guarded[2].content.blocks.first.map { $0.estimatedCharacters < 700 } == true)
        #expect(guarded[4].content.blocks.first.map { $0.estimatedCharacters == 3_000 } == true)
        #expect(ContextGuard.compactToolResults(messages, contextWindow: 100_000) == messages)
    }

    func conversation(_ pairs: Int, size: Int) -> [Message] {
        (0..<pairs).flatMap { index -> [Message] in
            [
                .user("q\(index) " + String(repeating: "q", count: size)),
                Message(role: .assistant, content: .blocks([.toolUse(id: ToolCallID("c\(index)"), name: "t", input: .object([:]))])),
                Message(role: .user, content: .blocks([.toolResult(toolUseID: ToolCallID("c\(index)"), toolName: "t", content: String(repeating: "r", count: size), isError: false)])),
                .assistant("a\(index)"),
            ]
        }
    }

    @Test func overflowStages() {
        let small = conversation(2, size: 10)
        #expect(ContextOverflow.recover(small, system: "", tools: [], contextWindow: 10_000).stage == .none)

        let medium = conversation(10, size: 100)
        let estimate = ContextEstimate.tokens(messages: medium, system: "", tools: [])
        let ten = ContextOverflow.recover(medium, system: "", tools: [], contextWindow: Int(Double(estimate) / 0.8))
        #expect(ten.stage == .keptLast10 && ten.messages.count <= 10 && ten.removed >= 30)

        let four = ContextOverflow.recover(medium, system: "", tools: [], contextWindow: Int(Double(estimate) / 0.95))
        #expect(four.stage == .keptLast4 && four.messages.first?.content.plainText.hasPrefix("[System: 36 earlier messages were removed") == true)

        let huge = conversation(3, size: 20_000)
        let cut = ContextOverflow.recover(huge, system: "", tools: [], contextWindow: 4_000)
        #expect(cut.stage == .truncatedToolResults || cut.stage == .stillOver)
        for result in [ten.messages, four.messages, cut.messages] {
            let repaired = SessionRepair.repair(result)
            #expect(repaired.allSatisfy { !$0.content.blocks.contains { if case .toolResult(_, _, let c, _) = $0 { c.hasPrefix("[No result") } else { false } } })
            #expect(!(result.first(where: { $0.role != .user || !$0.content.plainText.hasPrefix("[System") })?.carriesToolResults ?? false))
        }
    }
}
