/// When an agent runs: on messages, on a timer, on conditions, or continuously.
///
/// TOML: `schedule = "reactive"`, or a `[schedule]` table with one of
/// `periodic = { cron = "every 5m" }`, `proactive = { conditions = [...] }`,
/// `continuous = { check_interval_secs = 60 }`.
public enum ScheduleMode: Sendable, Hashable {
    /// Wakes when a message or event arrives (the default).
    case reactive
    /// Wakes on a schedule (`every 5m`, or a cron expression).
    case periodic(cron: String)
    /// Wakes when one of the conditions (`event:agent_spawned`, `memory:key`) holds.
    case proactive(conditions: [String])
    /// Runs in a loop, checking every so many seconds.
    case continuous(checkIntervalSecs: Int)

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case reactive, periodic, proactive, continuous
    }

    private enum FieldKeys: String, CodingKey {
        case cron, conditions
        case checkIntervalSecs = "check_interval_secs"
    }

    /// The interval used by `continuous` when the manifest gives none.
    public static let defaultCheckIntervalSecs = 60
}

extension ScheduleMode: Codable {
    /// Decodes the string or the one-key table form.
    public init(from decoder: any Decoder) throws {
        if !(decoder is TOMLDecoderImpl) || Self.isString(decoder),
            let text = try? decoder.singleValueContainer().decode(String.self)
        {
            guard text.lowercased() == "reactive" else {
                throw decoder.failure(
                    "invalid schedule \"\(text)\": expected \"reactive\", or a table with `periodic`, `proactive` or `continuous`")
            }
            self = .reactive
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let present = CodingKeys.allCases.filter { c.contains($0) }
        guard present.count == 1, let kind = present.first else {
            throw decoder.failure("a schedule table needs exactly one of `periodic`, `proactive`, `continuous` (or `reactive`)")
        }
        switch kind {
        case .reactive:
            self = .reactive
        case .periodic:
            let fields = try c.nestedContainer(keyedBy: FieldKeys.self, forKey: .periodic)
            self = .periodic(cron: try fields.decode(String.self, forKey: .cron))
        case .proactive:
            let fields = try c.nestedContainer(keyedBy: FieldKeys.self, forKey: .proactive)
            self = .proactive(conditions: try fields.decode(.conditions, default: []))
        case .continuous:
            let fields = try c.nestedContainer(keyedBy: FieldKeys.self, forKey: .continuous)
            self = .continuous(checkIntervalSecs: try fields.decode(.checkIntervalSecs, default: Self.defaultCheckIntervalSecs))
        }
    }

    private static func isString(_ decoder: any Decoder) -> Bool {
        guard let toml = decoder as? TOMLDecoderImpl, case .string = toml.value.storage else { return false }
        return true
    }

    /// Encodes `"reactive"` or the one-key table form.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .reactive:
            var c = encoder.singleValueContainer()
            try c.encode("reactive")
        case .periodic(let cron):
            var c = encoder.container(keyedBy: CodingKeys.self)
            var fields = c.nestedContainer(keyedBy: FieldKeys.self, forKey: .periodic)
            try fields.encode(cron, forKey: .cron)
        case .proactive(let conditions):
            var c = encoder.container(keyedBy: CodingKeys.self)
            var fields = c.nestedContainer(keyedBy: FieldKeys.self, forKey: .proactive)
            try fields.encode(conditions, forKey: .conditions)
        case .continuous(let interval):
            var c = encoder.container(keyedBy: CodingKeys.self)
            var fields = c.nestedContainer(keyedBy: FieldKeys.self, forKey: .continuous)
            try fields.encode(interval, forKey: .checkIntervalSecs)
        }
    }
}
