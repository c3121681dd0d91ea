import HTTPTypes
import OpenFangTypes

/// Parses a UUID path capture (`{id}`), answering 400 naming it when it is not one.
enum PathID {
    /// The identifier `text` spells, as `T`.
    static func parse<T: UUIDIdentifier>(_ text: String, as type: T.Type, name: String = "id", what: String) throws -> T {
        guard let id = T(text) else { throw APIError(.badRequest, "`\(name)` is not a \(what) id (a UUID): \"\(text)\"", field: name) }
        return id
    }
}
