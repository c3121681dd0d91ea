import FoundationEssentials
import Hummingbird
import NIOCore
import OpenFangTypes

/// A JSON object request body, read with a size limit; errors name the field.
struct RequestJSON {
    /// The fields.
    let fields: [String: JSONValue]

    /// Reads the body of `request` (at most `limit` bytes: 413 beyond).
    static func read(_ request: Request, limit: Int) async throws -> RequestJSON {
        if let type = request.headers[.contentType], !Self.isJSON(type) {
            throw APIError(.unsupportedMediaType, "the body must be JSON (content-type application/json), not \(type)")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "the body is larger than \(limit / 1024) KB")
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            // A body cut off before its Content-Length, or chunked framing that does not parse.
            throw APIError(.badRequest, "the body could not be read in full (\(error))")
        }
        if let problem = JSONBodyCheck.problem(with: buffer.readableBytesView) { throw APIError(.badRequest, problem) }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(buffer.readableBytesView))
        } catch {
            throw APIError(.badRequest, "the body is not JSON (send a JSON object with content-type application/json)")
        }
        guard case .object(let fields) = value else { throw APIError(.badRequest, "the body must be a JSON object") }
        return RequestJSON(fields: fields)
    }

    /// Whether a content type is JSON (`application/json`, with parameters, or `…+json`).
    static func isJSON(_ contentType: String) -> Bool {
        let media = contentType.split(separator: ";").first.map { $0.trimmed().lowercased() } ?? ""
        return media == "application/json" || (media.hasPrefix("application/") && media.hasSuffix("+json"))
    }

    /// A required string field.
    func string(_ name: String) throws -> String {
        guard let value = fields[name] else { throw APIError(.badRequest, "`\(name)` is required (a string)", field: name) }
        guard let text = value.stringValue else { throw APIError(.badRequest, "`\(name)` must be a string", field: name) }
        return text
    }

    /// An optional string field.
    func optionalString(_ name: String) throws -> String? {
        guard let value = fields[name], value != .null else { return nil }
        guard let text = value.stringValue else { throw APIError(.badRequest, "`\(name)` must be a string", field: name) }
        return text
    }
}
