import FoundationEssentials
import HTTPTypes
import Hummingbird
import OpenFangKernel
import OpenFangMemory
import OpenFangTypes

/// The audit chain: `GET /api/audit/recent?limit=` and `GET /api/audit/verify`.
struct AuditRoutes: APIRouteGroup {
    /// One record of the chain.
    struct Record: Encodable {
        var seq: Int
        var at: String
        var actor: String
        var action: String
        var subject: String
        var detail: JSONValue
        var previousHash: String
        var hash: String

        enum CodingKeys: String, CodingKey {
            case seq, at, actor, action, subject, detail, hash
            case previousHash = "previous_hash"
        }
    }

    /// `GET /api/audit/recent` answer.
    struct Recent: ResponseEncodable {
        var entries: [Record]
        var tipHash: String?

        enum CodingKeys: String, CodingKey {
            case entries
            case tipHash = "tip_hash"
        }
    }

    /// `GET /api/audit/verify` answer.
    struct Verification: ResponseEncodable {
        var valid: Bool
        var entries: Int
        var firstBroken: Int?
        var error: String?

        enum CodingKeys: String, CodingKey {
            case valid, entries, error
            case firstBroken = "first_broken"
        }
    }

    let kernel: Kernel

    func register(on routes: APIRoutes) {
        routes.on(.get, "/api/audit/recent", summary: "The newest audit records, newest first (`?limit=` 1–1000, default 100)",
            query: ["limit": APIBodyField(.integer, "1 to 1000 (default 100)", minimum: 1, maximum: 1_000)], response: "{entries: [{seq, at, actor, action, subject, detail, previous_hash, hash}], tip_hash}") {
            request, _ -> Recent in
            let limit = try QueryValues(request: request).integer("limit", in: 1...1_000, default: 100)
            let records = try await kernel.store.auditRecords(limit: limit).map {
                Record(seq: $0.seq, at: $0.at.formatted(.iso8601), actor: $0.actor, action: $0.action, subject: $0.subject, detail: $0.detail, previousHash: $0.previousHash, hash: $0.hash)
            }
            return Recent(entries: records, tipHash: records.first?.hash)
        }
        routes.on(.get, "/api/audit/verify", summary: "Walk the whole audit chain and report the first record that does not verify", response: "{valid, entries, first_broken?, error?}", cost: 10) {
            _, _ -> Verification in
            let result = try await kernel.store.verifyAudit()
            return Verification(valid: result.isIntact, entries: result.checked, firstBroken: result.firstBroken, error: result.reason)
        }
    }
}
