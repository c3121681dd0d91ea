import FoundationEssentials
import OpenFangTypes

/// When a job fires: a cron expression, a fixed interval (`every 5m`), or once (`at …`).
public enum CronSchedule: Sendable, Hashable {
    case cron(CronExpression)
    case every(seconds: Int)
    case at(Date)

    static let units: [Character: Int] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
    static let phrases: [String: String] = [
        "hourly": "0 * * * *", "daily": "0 0 * * *", "weekly": "0 0 * * 0", "monthly": "0 0 1 * *", "every hour": "0 * * * *",
        "every day": "0 0 * * *", "every minute": "* * * * *",
    ]

    /// Parses `*/5 * * * *`, `every 30s|5m|2h|1d`, `every 5 minutes`, `at 2026-12-01T09:00:00Z`,
    /// `daily at 9am`, `weekdays at 6pm`, `hourly`, `daily`, `weekly`, `monthly`.
    public init(parsing text: String) throws(CronError) {
        let lowered = text.trimmingCharacters(in: " \t").lowercased()
        if let phrase = Self.phrases[lowered] {
            self = .cron(try CronExpression(phrase))
        } else if lowered.hasPrefix("at ") {
            guard let date = try? Date(String(text.trimmingCharacters(in: " \t").dropFirst(3)), strategy: .iso8601) else {
                throw CronError("\"\(text)\": `at` needs an ISO 8601 time such as 2026-12-01T09:00:00Z")
            }
            self = .at(date)
        } else if lowered.hasPrefix("every ") {
            self = .every(seconds: try Self.interval(String(lowered.dropFirst(6))))
        } else if let daily = try Self.dailyPhrase(lowered) {
            self = .cron(daily)
        } else {
            self = .cron(try CronExpression(text))
        }
    }

    /// `5m`, `30 s`, `5 minutes`, `2 hours` in seconds.
    static func interval(_ text: String) throws(CronError) -> Int {
        let words = ["seconds": "s", "second": "s", "minutes": "m", "minute": "m", "mins": "m", "min": "m", "hours": "h", "hour": "h", "days": "d", "day": "d"]
        var compact = text.filter { $0 != " " }
        for (word, unit) in words.sorted(by: { $0.key.count > $1.key.count }) where compact.hasSuffix(word) {
            compact = String(compact.dropLast(word.count)) + unit
            break
        }
        guard let unit = compact.last, let seconds = units[unit], let count = Int(compact.dropLast()), count > 0 else {
            throw CronError("\"every \(text)\": expected a positive number and a unit (s, m, h, d), e.g. every 5m")
        }
        return count * seconds
    }

    /// `daily at 9am`, `weekdays at 6:30pm`, `weekends at 10`.
    static func dailyPhrase(_ text: String) throws(CronError) -> CronExpression? {
        let days = ["daily": "*", "weekdays": "1-5", "weekends": "0,6"]
        guard let (prefix, dayField) = days.first(where: { text.hasPrefix($0.key + " at ") }) else { return nil }
        var time = String(text.dropFirst(prefix.count + 4).filter { $0 != " " })
        let meridiem = time.hasSuffix("pm") ? "pm" : time.hasSuffix("am") ? "am" : nil
        if meridiem != nil { time.removeLast(2) }
        let parts = time.split(separator: ":")
        guard let hour = parts.first.flatMap({ Int($0) }), parts.count <= 2, (meridiem == nil ? 0...23 : 1...12).contains(hour) else {
            throw CronError("\"\(text)\": expected a time such as 9am, 18:30 or 6pm")
        }
        let minute = parts.count == 2 ? Int(parts[1]) ?? -1 : 0
        guard (0...59).contains(minute) else { throw CronError("\"\(text)\": minutes must be 00-59") }
        let hour24 = switch meridiem {
        case "pm": hour % 12 + 12
        case "am": hour % 12
        default: hour
        }
        return try CronExpression("\(minute) \(hour24) * * \(dayField)")
    }

    /// The first fire time strictly after `date` (nil: a past one-shot, or never).
    public func next(after date: Date) -> Date? {
        switch self {
        case .cron(let expression): expression.next(after: date)
        case .every(let seconds): date.addingTimeInterval(Double(seconds))
        case .at(let moment): moment > date ? moment : nil
        }
    }

    /// The next `count` fire times after `date`.
    public func upcoming(after date: Date, count: Int) -> [Date] {
        var result: [Date] = []
        var cursor = date
        while result.count < count, let next = next(after: cursor) {
            result.append(next)
            cursor = next
        }
        return result
    }
}
