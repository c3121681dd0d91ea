import FoundationEssentials
import OpenFangTypes

/// `system_time`: the current date and time, in UTC and optionally another time zone.
public struct SystemTimeTool: Tool {
    /// Optional time zone.
    public struct Input: Decodable, Sendable {
        /// An IANA zone such as `Europe/Berlin`.
        public var timezone: String?
    }

    /// The definition.
    public static let definition = ToolDefinition(
        name: "system_time", description: "The current date and time (ISO 8601, UTC, and in a time zone when one is given).",
        inputSchema: .object(["timezone": .string("IANA time zone, e.g. Europe/Berlin (optional)")]))

    let now: @Sendable () -> Date

    /// A tool reading `now`.
    public init(now: @escaping @Sendable () -> Date = { Date() }) {
        self.now = now
    }

    public func call(_ input: Input, context: ToolContext) async throws -> ToolOutput {
        let date = now()
        var lines = ["utc: \(date.formatted(.iso8601))", "unix: \(Int(date.timeIntervalSince1970))"]
        if let name = input.timezone {
            let offset = ZoneInfo.secondsFromGMT(zone: name, at: date)
            guard let zone = offset.flatMap({ TimeZone(secondsFromGMT: $0) }) ?? TimeZone(identifier: name) else {
                return .failure("unknown time zone \"\(name)\"; use an IANA name such as Europe/Berlin")
            }
            var style = Date.ISO8601FormatStyle(timeZone: zone)
            style = style.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .colon)
            lines.append("\(name): \(date.formatted(style))")
        }
        return .success(lines.joined(separator: "\n"))
    }
}
