import FoundationEssentials

/// A trailing time window for usage queries.
public enum UsageWindow: String, Sendable, CaseIterable, Codable {
    case hour, day, month

    /// Its length (a month counts as 30 days).
    public var duration: TimeInterval {
        switch self {
        case .hour: 3_600
        case .day: 86_400
        case .month: 30 * 86_400
        }
    }
}
