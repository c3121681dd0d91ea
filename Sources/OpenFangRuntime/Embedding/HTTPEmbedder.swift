import OpenFangMemory
import OpenFangTypes

/// An ``Embedder`` over one of the three wire formats providers use for embeddings.
public struct HTTPEmbedder: Embedder {
    /// The wire format.
    public enum Format: String, Sendable, CaseIterable {
        /// `POST <base>/embeddings` with `{model, input}` (OpenAI and compatible servers).
        case openAI
        /// `POST <base>/v1beta/models/<model>:batchEmbedContents` (Gemini; key in a header).
        case gemini
        /// `POST <base>/api/embed` with `{model, input}` (Ollama's native API).
        case ollama
    }

    let format: Format
    let baseURL: String
    let model: String
    let apiKey: String?
    let http: ProviderHTTPClient

    /// Creates an embedder.
    public init(format: Format, baseURL: String, model: String, apiKey: String?, http: ProviderHTTPClient) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.format = format
        self.baseURL = base
        self.model = model
        self.apiKey = apiKey
        self.http = http
    }

    /// The request URL, headers and body for `texts`.
    func request(_ texts: [String]) -> (url: String, headers: [(String, String)], body: JSONValue) {
        let input = JSONValue.array(texts.map(JSONValue.string))
        switch format {
        case .openAI:
            return (OpenAIEndpoint(baseURL: baseURL).embeddings, apiKey.map { [("authorization", "Bearer \($0)")] } ?? [],
                    .object(["model": .string(model), "input": input]))
        case .gemini:
            var base = baseURL
            if base.hasSuffix("/v1beta") { base.removeLast("/v1beta".count) }
            let name = model.hasPrefix("models/") ? model : "models/\(model)"
            let requests = texts.map { JSONValue.object(["model": .string(name), "content": .object(["parts": .array([.object(["text": .string($0)])])])]) }
            return ("\(base)/v1beta/\(name):batchEmbedContents", apiKey.map { [("x-goog-api-key", $0)] } ?? [],
                    .object(["requests": .array(requests)]))
        case .ollama:
            var base = baseURL
            if base.hasSuffix("/v1") { base.removeLast(3) }
            return ("\(base)/api/embed", [], .object(["model": .string(model), "input": input]))
        }
    }

    public func embed(_ texts: [String]) async throws -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        let (url, headers, body) = request(texts)
        let text = try await http.completion(url: url, headers: headers, body: body.compactJSON, model: model)
        let vectors = try Self.vectors(in: text, format: format)
        guard vectors.count == texts.count else {
            throw LLMError.malformedResponse("asked for \(texts.count) embeddings, got \(vectors.count)")
        }
        return vectors
    }

    /// The vectors in a response body, in input order.
    static func vectors(in body: String, format: Format) throws(LLMError) -> [[Float]] {
        guard let json = JSONValue.parse(body) else { throw .malformedResponse("the embedding response is not JSON") }
        let rows: [JSONValue]
        switch format {
        case .openAI:
            guard case .array(let data)? = json["data"] else { throw .malformedResponse("no data array in the embedding response") }
            rows = data.sorted { (index($0["index"]) ?? 0) < (index($1["index"]) ?? 0) }.map { $0["embedding"] ?? .null }
        case .gemini:
            guard case .array(let embeddings)? = json["embeddings"] else { throw .malformedResponse("no embeddings in the response") }
            rows = embeddings.map { $0["values"] ?? .null }
        case .ollama:
            guard case .array(let embeddings)? = json["embeddings"] else { throw .malformedResponse("no embeddings in the response") }
            rows = embeddings
        }
        return try rows.map { row throws(LLMError) in
            guard case .array(let numbers) = row else { throw .malformedResponse("an embedding is not an array of numbers") }
            return try numbers.map { number throws(LLMError) in
                switch number {
                case .number(let value): return Float(value)
                case .integer(let value): return Float(value)
                default: throw .malformedResponse("an embedding holds a non-number")
                }
            }
        }
    }

    private static func index(_ value: JSONValue?) -> Int? {
        if case .integer(let number)? = value { return Int(number) }
        return nil
    }
}
