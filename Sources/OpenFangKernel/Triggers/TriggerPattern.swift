import FoundationEssentials
import OpenFangTypes

/// Which events fire a trigger (OpenFang's snake_case JSON forms): `"all"`, `"lifecycle"`,
/// `"agent_terminated"`, `"system"`, `{"agent_spawned":{"name_pattern":"res*"}}`,
/// `{"system_keyword":{"keyword":"…"}}`, `{"content_match":{"substring":"…"}}`, and
/// `{"custom":{"event_type":"…"}}` for events agents publish with `event_publish`.
public enum TriggerPattern: Sendable, Hashable {
    case all
    case lifecycle
    case agentSpawned(namePattern: String)
    case agentTerminated
    case system
    case systemKeyword(String)
    case contentMatch(String)
    case custom(eventType: String)

    typealias Parser = @Sendable ([String: Any]) throws(TriggerPatternError) -> TriggerPattern

    /// Forms without fields.
    static let plain: [String: TriggerPattern] = ["all": .all, "lifecycle": .lifecycle, "agent_terminated": .agentTerminated, "system": .system]

    /// Forms with fields: the form's name → its parser.
    static let tables: [String: Parser] = [
        "agent_spawned": { fields throws(TriggerPatternError) in .agentSpawned(namePattern: try field(fields, "name_pattern", of: "agent_spawned", default: "*")) },
        "system_keyword": { fields throws(TriggerPatternError) in .systemKeyword(try field(fields, "keyword", of: "system_keyword")) },
        "content_match": { fields throws(TriggerPatternError) in .contentMatch(try field(fields, "substring", of: "content_match")) },
        "custom": { fields throws(TriggerPatternError) in .custom(eventType: try field(fields, "event_type", of: "custom")) },
    ]

    /// Known to OpenFang, not yet published by this kernel.
    static let unsupported = ["memory_update", "memory_key_pattern"]

    /// Parses the JSON text of a pattern; errors name the form and field.
    public init(json text: String) throws(TriggerPatternError) {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else {
            throw TriggerPatternError("pattern \(text) is not JSON; e.g. \"all\" or {\"content_match\":{\"substring\":\"error\"}}")
        }
        if case .string(let name) = value {
            guard let pattern = Self.plain[name] else { throw Self.unknown(name) }
            self = pattern
            return
        }
        guard case .object(let object) = value, object.count == 1, let (name, body) = object.first else {
            throw TriggerPatternError("pattern \(text): expected a string or an object with exactly one key")
        }
        if let pattern = Self.plain[name] {
            self = pattern
            return
        }
        guard let parser = Self.tables[name] else { throw Self.unknown(name) }
        // Strings as `String`, other values as `JSONValue` (so a wrong type fails `as? String`).
        guard case .object(let object) = body else { throw TriggerPatternError("pattern \(name): its value must be an object of fields") }
        self = try parser(object.mapValues { value -> Any in value.stringValue ?? value })
    }

    static func field(_ fields: [String: Any], _ key: String, of form: String, default fallback: String? = nil) throws(TriggerPatternError) -> String {
        if let value = fields[key] as? String, !value.isEmpty { return value }
        if fields[key] == nil, let fallback { return fallback }
        throw TriggerPatternError("pattern \(form): `\(key)` must be a non-empty string")
    }

    static func unknown(_ name: String) -> TriggerPatternError {
        if unsupported.contains(name) {
            return TriggerPatternError("pattern \(name) is not supported yet: this kernel does not publish memory events")
        }
        let known = (Array(plain.keys) + Array(tables.keys)).sorted().joined(separator: ", ")
        return TriggerPatternError("unknown pattern \(name) (known: \(known))")
    }

    /// Whether `event` (whose agent is called `agentName`) matches.
    public func matches(_ event: KernelEvent, agentName: String?) -> Bool {
        switch self {
        case .all: true
        case .lifecycle: event.kind == .agentSpawned || event.kind == .agentStateChanged
        case .agentSpawned(let pattern): event.kind == .agentSpawned && Self.glob(pattern, matches: agentName ?? "")
        case .agentTerminated: event.kind == .agentStateChanged && event.payload["state"]?.stringValue == AgentState.terminated.rawValue
        case .system: event.kind == .system
        case .systemKeyword(let keyword): event.kind == .system && event.summary(agentName: agentName).lowercased().contains(keyword.lowercased())
        case .contentMatch(let text): event.summary(agentName: agentName).lowercased().contains(text.lowercased())
        case .custom(let type): if case .custom(let published) = event.kind { Self.glob(type, matches: published) } else { false }
        }
    }

    /// `*` matches any run of characters; everything else literally (case-insensitive).
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let parts = pattern.lowercased().split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        var rest = Substring(text.lowercased())
        for (index, part) in parts.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(part) else { return false }
                rest = rest.dropFirst(part.count)
            } else if index == parts.count - 1 {
                return part.isEmpty || rest.hasSuffix(part)
            } else if let range = rest.firstRange(of: part) {
                rest = rest[range.upperBound...]
            } else {
                return false
            }
        }
        return rest.isEmpty
    }
}
