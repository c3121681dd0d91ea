import Testing
@testable import OpenFangRuntime

@Suite struct ServerSentEventParserTests {
    let stream = "event: message_start\ndata: {\"a\":1}\n\n: keep-alive comment\r\ndata: line one\r\ndata:line two\r\n\r\nid: 7\nevent: ping\n\ndata: [DONE]\n\n"
    let expected = [
        ServerSentEvent(event: "message_start", data: "{\"a\":1}"),
        ServerSentEvent(data: "line one\nline two"),
        ServerSentEvent(event: "ping", data: "", id: "7"),
        ServerSentEvent(data: "[DONE]", id: "7"),
    ]

    @Test func wholeStreamParses() throws {
        var parser = ServerSentEventParser()
        #expect(try parser.feed(Array(stream.utf8)) + parser.finish() == expected)
    }

    @Test func everySplitPointGivesTheSameEvents() throws {
        let bytes = Array(stream.utf8)
        for split in 0...bytes.count {
            var parser = ServerSentEventParser()
            let events = try parser.feed(bytes[..<split]) + parser.feed(bytes[split...]) + parser.finish()
            #expect(events == expected, "split at \(split)")
        }
    }

    @Test func multiByteCharactersSurviveBeingCut() throws {
        let bytes = Array("data: héllo 🌍\n\n".utf8)
        var parser = ServerSentEventParser()
        var events: [ServerSentEvent] = []
        for byte in bytes { events += try parser.feed([byte]) }
        #expect(events == [ServerSentEvent(data: "héllo 🌍")])
    }

    @Test func aTruncatedStreamStillYieldsItsLastEvent() throws {
        var parser = ServerSentEventParser()
        #expect(try parser.feed(Array("data: partial".utf8)).isEmpty)
        #expect(parser.finish() == [ServerSentEvent(data: "partial")])
    }

    @Test func randomBytesNeverCrash() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var parser = ServerSentEventParser()
            let bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try parser.feed(bytes)
            _ = parser.finish()
        }
    }
}
