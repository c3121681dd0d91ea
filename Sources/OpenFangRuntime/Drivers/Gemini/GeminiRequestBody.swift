import OpenFangTypes

/// Builds a `generateContent` body: `user`/`model` turns of parts, function calls paired with
/// their responses (orphans dropped), thought signatures sent back, schemas normalised.
public enum GeminiRequestBody {
    /// The key under which a part's `thoughtSignature` is kept in a block's provider metadata.
    public static let signatureKey = "thoughtSignature"

    /// The body for `request`.
    public static func make(_ request: CompletionRequest) -> JSONValue {
        var body: [String: JSONValue] = ["contents": .array(paired(request.messages.filter { $0.role != .system }.compactMap(content)))]
        let system = ([request.system].compactMap { $0 } + request.messages.filter { $0.role == .system }.map(\.content.plainText))
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
        if !system.isEmpty { body["systemInstruction"] = .object(["parts": .array([.object(["text": .string(system)])])]) }
        if !request.tools.isEmpty {
            body["tools"] = .array([.object(["functionDeclarations": .array(request.tools.map { tool in
                .object([
                    "name": .string(tool.name), "description": .string(tool.description),
                    "parameters": GeminiSchema.normalise(tool.inputSchema.value),
                ])
            })])])
        }
        var generation: [String: JSONValue] = ["maxOutputTokens": .integer(Int64(request.maxTokens))]
        if let temperature = request.temperature { generation["temperature"] = .number(temperature) }
        if !request.stopSequences.isEmpty { generation["stopSequences"] = .array(request.stopSequences.map(JSONValue.string)) }
        if let budget = request.thinkingBudget, budget > 0 {
            generation["thinkingConfig"] = .object(["thinkingBudget": .integer(Int64(budget)), "includeThoughts": .bool(true)])
        }
        body["generationConfig"] = .object(generation)
        return .object(body)
    }

    static func content(_ message: Message) -> JSONValue? {
        let parts = message.content.blocks.compactMap(part)
        guard !parts.isEmpty else { return nil }
        return .object(["role": .string(message.role == .assistant ? "model" : "user"), "parts": .array(parts)])
    }

    static func part(_ block: ContentBlock) -> JSONValue? {
        switch block {
        case .text(let text, let metadata):
            guard !text.isEmpty else { return nil }
            return withSignature(["text": .string(text)], metadata)
        case .image(let mediaType, let data):
            return .object(["inlineData": .object(["mimeType": .string(mediaType.rawValue), "data": .string(data)])])
        case .toolUse(_, let name, let input, let metadata):
            return withSignature(["functionCall": .object(["name": .string(name), "args": input])], metadata)
        case .toolResult(_, let name, let content, let isError):
            return .object(["functionResponse": .object([
                "name": .string(name), "response": .object([isError ? "error" : "result": .string(content)]),
            ])])
        case .thinking, .redactedThinking, .unknown:
            return nil
        }
    }

    private static func withSignature(_ part: [String: JSONValue], _ metadata: JSONValue?) -> JSONValue {
        var part = part
        if let signature = metadata?[signatureKey] { part[signatureKey] = signature }
        return .object(part)
    }

    /// Keeps function calls only when the next turn answers them, and answers only when the
    /// previous turn asked; turns left empty are dropped.
    static func paired(_ contents: [JSONValue]) -> [JSONValue] {
        var result: [JSONValue] = []
        for (index, content) in contents.enumerated() {
            guard case .array(let parts)? = content["parts"] else { continue }
            let role = content["role"]?.stringValue
            var kept = parts
            if role == "model" {
                let answered = Set(responseNames(contents.indices.contains(index + 1) ? contents[index + 1] : nil))
                kept = parts.filter { part in part["functionCall"].map { answered.contains($0["name"]?.stringValue ?? "") } ?? true }
            } else {
                let asked = Set(callNames(result.last))
                kept = parts.filter { part in part["functionResponse"].map { asked.contains($0["name"]?.stringValue ?? "") } ?? true }
            }
            if !kept.isEmpty { result.append(.object(["role": .string(role ?? "user"), "parts": .array(kept)])) }
        }
        return result
    }

    private static func callNames(_ content: JSONValue?) -> [String] {
        guard content?["role"]?.stringValue == "model", case .array(let parts)? = content?["parts"] else { return [] }
        return parts.compactMap { $0["functionCall"]?["name"]?.stringValue }
    }

    private static func responseNames(_ content: JSONValue?) -> [String] {
        guard content?["role"]?.stringValue == "user", case .array(let parts)? = content?["parts"] else { return [] }
        return parts.compactMap { $0["functionResponse"]?["name"]?.stringValue }
    }
}
