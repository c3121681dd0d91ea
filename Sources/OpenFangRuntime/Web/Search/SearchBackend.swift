import FoundationEssentials
import OpenFangTypes

/// One search service: the request it wants and how to read its answer.
struct SearchBackend: Sendable {
    /// The parsed answer: an optional direct answer and the hits.
    typealias Parsed = (answer: String?, results: [SearchResult])

    /// Which provider this is.
    var provider: SearchProvider
    /// The request for a query, the hit count, the API key (if any) and the endpoints.
    var request: @Sendable (_ query: String, _ count: Int, _ key: String?, _ endpoints: SearchEndpoints, _ config: WebConfig) -> WebRequest
    /// Reads the response body.
    var parse: @Sendable (_ body: String) throws(WebFetchError) -> Parsed

    /// Decodes a JSON body.
    static func json(_ body: String, service: String) throws(WebFetchError) -> JSONValue {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(body.utf8)) else {
            throw WebFetchError("\(service) returned something that is not JSON: \(body.prefix(200))")
        }
        return value
    }

    /// A query string value, percent-encoded.
    static func encode(_ text: String) -> String {
        PercentEncoding.encode(text)
    }
}
