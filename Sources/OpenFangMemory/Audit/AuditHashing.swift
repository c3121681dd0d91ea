import FoundationEssentials
import OpenFangTypes

/// The audit chain's hashing: SHA-256 over the previous hash and the record's canonical content.
enum AuditHashing {
    /// The previous hash of the first record.
    static let genesis = String(repeating: "0", count: 64)

    /// Canonical content: key-sorted JSON of seq, time (microseconds), actor, action, subject, detail.
    static func canonical(seq: Int, at: Date, actor: String, action: String, subject: String, detail: JSONValue) throws -> String {
        let fields: JSONValue = .object([
            "seq": .integer(Int64(seq)), "at_us": .integer(Int64((at.timeIntervalSince1970 * 1_000_000).rounded())),
            "actor": .string(actor), "action": .string(action), "subject": .string(subject), "detail": detail,
        ])
        return String(decoding: try JSONEncoder.sorted.encode(fields), as: UTF8.self)
    }

    static func hash(previous: String, canonical: String) -> String {
        SHA256.hex(previous + "\n" + canonical)
    }
}
