import Testing
@testable import OpenFangRuntime

@Suite struct ThinkTagSplitterTests {
    static func run(_ chunks: [String]) -> (text: String, thinking: String) {
        var splitter = ThinkTagSplitter()
        var text = ""
        var thinking = ""
        for piece in chunks.flatMap({ splitter.feed($0) }) + splitter.finish() {
            switch piece {
            case .text(let value): text += value
            case .thinking(let value): thinking += value
            }
        }
        return (text, thinking)
    }

    @Test func tagsCutAtEveryPositionAreStillFound() {
        let whole = "Hi <think>plan the answer</think>The answer is 42. a<b"
        for split in 0...whole.count {
            let index = whole.index(whole.startIndex, offsetBy: split)
            let result = Self.run([String(whole[..<index]), String(whole[index...])])
            #expect(result.text == "Hi The answer is 42. a<b", "split at \(split)")
            #expect(result.thinking == "plan the answer", "split at \(split)")
        }
    }

    @Test func characterByCharacterStreaming() {
        let result = Self.run("<think>a</think>b<think>c</think>d".map(String.init))
        #expect(result == ("bd", "ac"))
    }

    @Test func anUnclosedThinkBlockIsThinking() {
        #expect(Self.run(["<think>still going"]) == ("", "still going"))
    }
}
