import FoundationEssentials
import OpenFangKernel
import OpenFangTypes

/// The effective configuration as JSON and TOML, with secrets redacted.
enum EffectiveConfig {
    static let redacted = ConfigRedaction.redacted

    /// Every key with its effective value; secrets replaced by `<redacted>` (empty ones stay empty).
    static func json(_ config: KernelConfig) throws -> JSONValue { try ConfigRedaction.json(config) }

    static func redact(_ value: JSONValue) -> JSONValue { ConfigRedaction.redact(value) }

    static func isSecret(_ key: String) -> Bool { ConfigRedaction.isSecret(key) }

    /// The value at a dotted path (`web.fetch.max_chars`), or the nearest known sibling key.
    static func lookup(_ path: [String], in root: JSONValue) -> Result<JSONValue, LookupFailure> {
        var current = root
        for (index, key) in path.enumerated() {
            guard case .object(let members) = current else {
                return .failure(.init(path: path.prefix(index).joined(separator: "."), suggestion: nil, notATable: true))
            }
            guard let next = members[key] else {
                let known = members.keys
                return .failure(.init(path: path.prefix(index + 1).joined(separator: "."),
                                      suggestion: KeySuggestion.nearest(to: key, in: known), notATable: false))
            }
            current = next
        }
        return .success(current)
    }

    /// Why a lookup failed.
    struct LookupFailure: Error {
        var path: String
        var suggestion: String?
        var notATable: Bool
    }
}
