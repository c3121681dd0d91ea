import Foundation
import Testing
@testable import OpenFangTypes

@Suite struct MessageCodingTests {
    func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    @Test func everyBlockKindRoundTrips() throws {
        let blocks: [ContentBlock] = [
            .text("hi", providerMetadata: .object(["cache": .bool(true)])),
            .image(mediaType: .png, data: "aGVsbG8="),
            .toolUse(id: "toolu_1", name: "file_read", input: .object(["path": .string("a.txt")])),
            .toolResult(toolUseID: "toolu_1", toolName: "file_read", content: "contents", isError: false),
            .thinking("let me think", signature: "sig==", providerMetadata: nil),
            .redactedThinking(data: "opaque"),
        ]
        let message = Message(role: .assistant, content: .blocks(blocks))
        #expect(try roundTrip(message) == message)
    }

    @Test func wireShapeMatchesOpenFang() throws {
        let block = ContentBlock.toolResult(toolUseID: "t1", toolName: "shell_exec", content: "ok", isError: true)
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(block))
        #expect(json == JSONValue.object([
            "type": .string("tool_result"), "tool_use_id": .string("t1"), "tool_name": .string("shell_exec"),
            "content": .string("ok"), "is_error": .bool(true),
        ]))
    }

    @Test func unknownBlockIsKeptVerbatim() throws {
        let raw = #"{"type":"server_tool_use","id":"x","nested":{"a":[1,2.5,null]}}"#
        let block = try JSONDecoder().decode(ContentBlock.self, from: Data(raw.utf8))
        guard case .unknown(let value) = block else { Issue.record("expected unknown"); return }
        #expect(value["nested"] == .object(["a": .array([.integer(1), .number(2.5), .null])]))
        let reencoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(block))
        #expect(reencoded == value)
    }

    @Test func plainStringContentAndMissingIDAreAccepted() throws {
        let message = try JSONDecoder().decode(Message.self, from: Data(#"{"role":"user","content":"hello"}"#.utf8))
        #expect(message.content == .text("hello") && message.role == .user)
    }

    @Test func typedIDsEncodeAsLowercaseUUIDs() throws {
        let id = AgentID.random()
        let text = String(decoding: try JSONEncoder().encode(id), as: UTF8.self)
        #expect(text == "\"\(id.description)\"" && text == text.lowercased())
        #expect(AgentID(id.description) == id && AgentID("nope") == nil)
    }

    @Test func toolDefinitionUsesInputSchemaKey() throws {
        let tool = ToolDefinition(name: "file_read", description: "Read a file.", inputSchema: .object(["path": .string("Path")], required: ["path"]))
        let json = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(tool))
        #expect(json["input_schema"]?["required"] == .array([.string("path")]))
        #expect(try roundTrip(tool) == tool)
    }
}
