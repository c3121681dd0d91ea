import FoundationEssentials
import OpenFangTypes

extension SessionRepair {
    /// Replies that mean "nothing to say" (heartbeat turns).
    static let silentReplies: Set<String> = ["NO_REPLY", "[no reply needed]", "[SILENT]"]

    /// Drops all but the last `keep` silent heartbeat turns (the silent reply and the message
    /// before it).
    public static func pruneHeartbeatTurns(_ messages: [Message], keep: Int) -> [Message] {
        let silent = messages.indices.filter { messages[$0].role == .assistant && silentReplies.contains(messages[$0].content.plainText.trimmed()) }
        guard silent.count > keep else { return messages }
        var drop = Set<Int>()
        for index in silent.dropLast(keep) {
            drop.insert(index)
            if index > 0, messages[index - 1].role == .user, !messages[index - 1].carriesToolResults { drop.insert(index - 1) }
        }
        return messages.indices.filter { !drop.contains($0) }.map { messages[$0] }
    }

    /// Markers that try to pass text off as instructions.
    static let injectionMarkers = [
        "<|im_start|>", "<|im_end|>", "<|system|>", "[SYSTEM]", "[INST]", "[/INST]", "<<SYS>>", "<</SYS>>", "ignore previous instructions",
        "ignore all previous instructions", "disregard previous instructions",
    ]

    /// Tool output made safe to summarise: at most 10,000 characters, base64 runs over 1,000
    /// characters replaced, prompt-injection markers neutralised.
    public static func stripToolResultDetails(_ text: String) -> String {
        var output = ""
        var run = ""
        func flush() {
            output += run.count > 1_000 ? "[base64 data removed: \(run.count) characters]" : run
            run = ""
        }
        for character in text {
            if character.isASCII, character.isLetter || character.isNumber || character == "+" || character == "/" || character == "=" {
                run.append(character)
            } else {
                flush()
                output.append(character)
            }
        }
        flush()
        for marker in injectionMarkers {
            output = TextPattern.literal(marker, ignoresCase: true).replacingMatches(in: output, with: "[removed]")
        }
        return output.count > 10_000 ? String(output.prefix(10_000)) + "\n[… cut at 10,000 characters]" : output
    }
}
