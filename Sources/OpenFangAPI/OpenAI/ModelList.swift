import FoundationEssentials
import OpenFangKernel

/// `GET /v1/models`: every agent as a model, `{"object": "list", "data": [{id, object: "model",
/// created, owned_by: "openfang"}]}`; `id` is the agent's name (what `model` takes).
struct ModelList: Encodable, Sendable {
    /// One agent.
    struct Entry: Encodable, Sendable {
        var id: String
        var object = "model"
        var created: Int
        var ownedBy = "openfang"

        enum CodingKeys: String, CodingKey {
            case id, object, created
            case ownedBy = "owned_by"
        }
    }

    var object = "list"
    var data: [Entry]

    init(_ models: [CompletionModel]) {
        data = models.map { Entry(id: $0.name, created: Int($0.created.timeIntervalSince1970)) }
    }
}
