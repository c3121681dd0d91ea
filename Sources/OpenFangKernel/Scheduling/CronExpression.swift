import FoundationEssentials
import OpenFangTypes

/// A five-field cron expression (minute hour day-of-month month day-of-week), evaluated in UTC,
/// with Vixie cron's rule: when both day fields are restricted, either may match.
public struct CronExpression: Sendable, Hashable, CustomStringConvertible {
    let minutes: CronField
    let hours: CronField
    let days: CronField
    let months: CronField
    let weekdays: CronField
    /// The text it was parsed from.
    public let description: String

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// Parses `*/15 9-17 * * mon-fri` (and `@hourly`, `@daily`, `@weekly`, `@monthly`, `@yearly`).
    public init(_ text: String) throws(CronError) {
        let shortcuts = ["@hourly": "0 * * * *", "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *", "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *"]
        let expanded = shortcuts[text.trimmingCharacters(in: " \t").lowercased()] ?? text
        let parts = expanded.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count == 5 else { throw CronError("a cron expression has 5 fields (minute hour day month weekday); \"\(text)\" has \(parts.count)") }
        minutes = try CronField(parts[0], range: 0...59, field: "minute")
        hours = try CronField(parts[1], range: 0...23, field: "hour")
        days = try CronField(parts[2], range: 1...31, field: "day of month")
        months = try CronField(parts[3], range: 1...12, names: Self.monthNames, offset: 1, field: "month")
        var weekdays = try CronField(parts[4], range: 0...7, names: Self.dayNames, field: "day of week")
        if weekdays.values.contains(7) { weekdays.values.insert(0) }
        self.weekdays = weekdays
        description = text
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    /// Whether the day (year, month, day, weekday 0 = Sunday) matches.
    func matches(day: Int, month: Int, weekday: Int) -> Bool {
        guard months.values.contains(month) else { return false }
        switch (days.isWildcard, weekdays.isWildcard) {
        case (true, true): return true
        case (false, true): return days.values.contains(day)
        case (true, false): return weekdays.values.contains(weekday)
        case (false, false): return days.values.contains(day) || weekdays.values.contains(weekday)
        }
    }

    /// The first fire time strictly after `date` (whole minutes, UTC), searching up to 8 years.
    public func next(after date: Date) -> Date? {
        let calendar = Self.calendar
        let start = date.addingTimeInterval(60 - date.timeIntervalSince1970.truncatingRemainder(dividingBy: 60))
        var day = calendar.startOfDay(for: start)
        let sortedHours = hours.values.sorted()
        let sortedMinutes = minutes.values.sorted()
        for _ in 0..<(366 * 8) {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
            if matches(day: parts.day!, month: parts.month!, weekday: parts.weekday! - 1) {
                for hour in sortedHours {
                    for minute in sortedMinutes {
                        let candidate = day.addingTimeInterval(Double(hour * 3_600 + minute * 60))
                        if candidate >= start { return candidate }
                    }
                }
            }
            day = calendar.date(byAdding: .day, value: 1, to: day)!
        }
        return nil
    }
}
