import FoundationEssentials
import OpenFangTypes

/// The effective configuration as JSON with secrets replaced (for `config show` and the API).
public enum ConfigRedaction {
    /// What a secret is replaced by.
    public static let redacted = "<redacted>"
    static let secretKeys: Set<String> = ["api_key", "shared_secret", "password_hash", "api_key_hash"]

    /// Every key with its effective value; secrets replaced by `<redacted>` (empty ones stay empty).
    public static func json(_ config: KernelConfig) throws -> JSONValue {
        let data = try JSONEncoder().encode(config)
        return redact(try JSONDecoder().decode(JSONValue.self, from: data))
    }

    /// `value` with every secret-named member's text replaced.
    public static func redact(_ value: JSONValue) -> JSONValue {
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

    /// Whether a key holds a secret (`*_env` keys name variables, not secrets).
    public static func isSecret(_ key: String) -> Bool {
        if key.hasSuffix("_env") { return false }
        return secretKeys.contains(key) || key.hasSuffix("_secret") || key.hasSuffix("password") || key.hasSuffix("_token")
    }
}
