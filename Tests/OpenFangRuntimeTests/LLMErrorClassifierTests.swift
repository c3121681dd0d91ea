import Testing
@testable import OpenFangRuntime

@Suite struct LLMErrorClassifierTests {
    func classify(_ status: Int, _ body: String, retryAfter: String? = nil) -> LLMError {
        LLMErrorClassifier.classify(
            status: status, body: body, retryAfter: LLMErrorClassifier.retryAfter(header: retryAfter), url: "http://127.0.0.1:1/v1/chat/completions",
            model: "llama3.2")
    }

    @Test func statusesAndMessagesMapToClasses() {
        #expect(classify(429, #"{"error":{"message":"slow down"}}"#, retryAfter: "2") == .rateLimited(retryAfter: .seconds(2)))
        #expect(classify(429, #"{"error":{"message":"You exceeded your current quota"}}"#) == .billing("You exceeded your current quota"))
        #expect(classify(529, "{}") == .overloaded(retryAfter: nil))
        #expect(classify(401, #"{"error":{"message":"invalid x-api-key"}}"#) == .authentication("invalid x-api-key"))
        #expect(classify(404, #"{"error":"model 'llama3.2' not found, try pulling it first"}"#) == .modelNotFound(model: "llama3.2", detail: "model 'llama3.2' not found, try pulling it first"))
        #expect(classify(404, "404 page not found") == .endpointNotFound(url: "http://127.0.0.1:1/v1/chat/completions"))
        #expect(classify(400, #"{"error":{"message":"This model's maximum context length is 8192 tokens"}}"#) == .contextOverflow("This model's maximum context length is 8192 tokens"))
        #expect(classify(400, #"{"message":"bad field"}"#) == .badRequest("bad field"))
        #expect(classify(500, "") == .http(status: 500, body: "(empty response body)"))
    }

    @Test func retryability() {
        #expect(LLMError.rateLimited(retryAfter: nil).isRetryable && LLMError.http(status: 502, body: "").isRetryable)
        #expect(!LLMError.authentication("x").isRetryable && !LLMError.badRequest("x").isRetryable)
    }

    @Test func messagesTellWhatToDo() {
        #expect(LLMError.endpointNotFound(url: "http://localhost:11434/chat/completions").description.contains("usually ends in /v1"))
    }
}
