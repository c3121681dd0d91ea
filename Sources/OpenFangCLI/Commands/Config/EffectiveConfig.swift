import Foundation
import OpenFangKernel
import OpenFangTypes

/// The effective configuration as JSON and TOML, with secrets redacted.
enum EffectiveConfig {
    static let redacted = "<redacted>"
    static let secretKeys: Set<String> = ["api_key", "shared_secret", "password_hash", "api_key_hash"]

    /// Every key with its effective value; secrets replaced by `<redacted>` (empty ones stay empty).
    static func json(_ config: KernelConfig) throws -> JSONValue {
        let data = try JSONEncoder().encode(config)
        return redact(try JSONDecoder().decode(JSONValue.self, from: data))
    }

    static func redact(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for (key, member) in members {
                if isSecret(key), case .string(let text) = member, !text.isEmpty {
                    result[key] = .string(redacted)
                } else {
                    result[key] = redact(member)
                }
            }
            return .object(result)
        case .array(let elements):
            return .array(elements.map(redact))
        default:
            return value
        }
    }

    static func isSecret(_ key: String) -> Bool {
        if key.hasSuffix("_env") { return false }
        return secretKeys.contains(key) || key.hasSuffix("_secret") || key.hasSuffix("password") || key.hasSuffix("_token")
    }

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
