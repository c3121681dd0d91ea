import Foundation

/// A request the scripted server received, for tests to assert on.
public struct RecordedRequest: Sendable {
    /// HTTP method.
    public var method: String
    /// Path and query.
    public var uri: String
    /// Headers, names lowercased.
    public var headers: [String: String]
    /// The body as text.
    public var body: String

    /// The body parsed as JSON, if it is JSON.
    public var json: Any? {
        try? JSONSerialization.jsonObject(with: Data(body.utf8))
    }
}
