import Foundation
import OpenFangKernel
import Testing

@Suite struct CronScheduleTests {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func date(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    /// Minute by minute from `start`, the first minute the fields match (the slow, obvious way).
    static func bruteForce(minute: Set<Int>, hour: Set<Int>, day: Set<Int>?, month: Set<Int>, weekday: Set<Int>?, after start: Date, limit: Int) -> Date? {
        var cursor = start.addingTimeInterval(60 - start.timeIntervalSince1970.truncatingRemainder(dividingBy: 60))
        for _ in 0..<limit {
            let c = utc.dateComponents([.minute, .hour, .day, .month, .weekday], from: cursor)
            let dayMatch: Bool = switch (day, weekday) {
            case (nil, nil): true
            case (let d?, nil): d.contains(c.day!)
            case (nil, let w?): w.contains(c.weekday! - 1)
            case (let d?, let w?): d.contains(c.day!) || w.contains(c.weekday! - 1)
            }
            if minute.contains(c.minute!), hour.contains(c.hour!), month.contains(c.month!), dayMatch { return cursor }
            cursor = cursor.addingTimeInterval(60)
        }
        return nil
    }

    @Test func nextFireMatchesABruteForceMinuteWalk() throws {
        var random = SystemRandomNumberGenerator()
        func pick(_ range: ClosedRange<Int>, max count: Int) -> Set<Int> {
            Set((0..<Int.random(in: 1...count, using: &random)).map { _ in Int.random(in: range, using: &random) })
        }
        for _ in 0..<100 {
            let minutes = pick(0...59, max: 4), hours = pick(0...23, max: 3), months = Bool.random(using: &random) ? Set(1...12) : pick(1...12, max: 4)
            let days: Set<Int>? = Bool.random(using: &random) ? nil : pick(1...31, max: 3)
            let weekdays: Set<Int>? = Bool.random(using: &random) ? nil : pick(0...6, max: 2)
            let field = { (set: Set<Int>?) in set.map { $0.sorted().map(String.init).joined(separator: ",") } ?? "*" }
            let text = "\(field(minutes)) \(field(hours)) \(field(days)) \(months.count == 12 ? "*" : field(months)) \(field(weekdays))"
            let expression = try CronExpression(text)
            let start = Date(timeIntervalSince1970: Double(Int.random(in: 1_700_000_000...1_900_000_000, using: &random)))
            let limit = 60 * 24 * 400
            let expected = Self.bruteForce(minute: minutes, hour: hours, day: days, month: months, weekday: weekdays, after: start, limit: limit)
            let actual = expression.next(after: start)
            if let expected {
                #expect(actual == expected, "\(text) after \(start)")
            } else {
                #expect(actual.map { $0 > start.addingTimeInterval(Double(limit * 60)) } ?? true, "\(text)")
            }
        }
    }

    @Test func schedulesParseFromEveryAcceptedForm() throws {
        let start = Self.date("2026-11-27T08:15:30Z")
        #expect(try CronSchedule(parsing: "*/20 * * * *").upcoming(after: start, count: 3) == ["08:20", "08:40", "09:00"].map { Self.date("2026-11-27T\($0):00Z") })
        #expect(try CronSchedule(parsing: "every 90s").next(after: start) == start.addingTimeInterval(90))
        #expect(try CronSchedule(parsing: "every 5 minutes") == .every(seconds: 300))
        #expect(try CronSchedule(parsing: "every 2h") == .every(seconds: 7_200))
        #expect(try CronSchedule(parsing: "daily at 9am").next(after: start) == Self.date("2026-11-27T09:00:00Z"))
        #expect(try CronSchedule(parsing: "weekdays at 6:30pm").next(after: Self.date("2026-11-27T19:00:00Z")) == Self.date("2026-11-30T18:30:00Z"), "Friday evening → Monday")
        #expect(try CronSchedule(parsing: "daily at 12am").next(after: start) == Self.date("2026-11-28T00:00:00Z"))
        #expect(try CronSchedule(parsing: "hourly").next(after: start) == Self.date("2026-11-27T09:00:00Z"))
        #expect(try CronSchedule(parsing: "0 0 * * mon").next(after: start) == Self.date("2026-11-30T00:00:00Z"))
        #expect(try CronSchedule(parsing: "0 12 1 jan *").next(after: start) == Self.date("2027-01-01T12:00:00Z"))
        #expect(try CronSchedule(parsing: "0 0 13 * 5").next(after: Self.date("2026-11-01T00:00:00Z")) == Self.date("2026-11-06T00:00:00Z"), "day 13 OR Friday")
        let once = try CronSchedule(parsing: "at 2026-12-01T09:00:00Z")
        #expect(once.next(after: start) == Self.date("2026-12-01T09:00:00Z") && once.next(after: Self.date("2026-12-02T00:00:00Z")) == nil)
        #expect(try CronSchedule(parsing: "0 0 30 2 *").next(after: start) == nil, "February 30th never comes")
    }

    @Test func badSchedulesSayWhichFieldAndWhy() {
        let cases: [(String, String)] = [
            ("* * * *", "a cron expression has 5 fields (minute hour day month weekday); \"* * * *\" has 4"),
            ("61 * * * *", "minute: 61 is outside 0-59"),
            ("* 5-2 * * *", "hour: range 5-2 runs backwards"),
            ("* * * foo *", "month: \"foo\" is not a number or a name (jan, feb, mar, …)"),
            ("*/0 * * * *", "minute: step \"0\" must be a positive number"),
            ("every soon", "\"every soon\": expected a positive number and a unit (s, m, h, d), e.g. every 5m"),
            ("daily at 25", "\"daily at 25\": expected a time such as 9am, 18:30 or 6pm"),
            ("at tomorrow", "\"at tomorrow\": `at` needs an ISO 8601 time such as 2026-12-01T09:00:00Z"),
        ]
        for (text, message) in cases {
            #expect(throws: CronError.self) { try CronSchedule(parsing: text) }
            do {
                _ = try CronSchedule(parsing: text)
            } catch {
                #expect(error.description == message, "\(text)")
            }
        }
    }

    @Test func missedRunsAfterDowntimeNeverStorm() throws {
        let every5 = try CronSchedule(parsing: "*/5 * * * *")
        let last = Self.date("2026-11-27T08:00:00Z")
        let now = Self.date("2026-11-27T10:02:00Z")
        #expect(MissedRunPolicy.skip.due(every5, last: last, now: now).isEmpty)
        #expect(MissedRunPolicy.once.due(every5, last: last, now: now) == [Self.date("2026-11-27T10:00:00Z")])
        #expect(MissedRunPolicy.catchUp(cap: 3).due(every5, last: last, now: now) == ["09:50", "09:55", "10:00"].map { Self.date("2026-11-27T\($0):00Z") })
        #expect(MissedRunPolicy.catchUp(cap: 3).due(every5, last: now, now: now).isEmpty)
    }
}
