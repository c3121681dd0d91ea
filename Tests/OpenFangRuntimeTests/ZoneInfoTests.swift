import Foundation
import Testing

@testable import OpenFangRuntime

/// Named time zones come from the system's tz database (the binary carries no ICU).
@Suite struct ZoneInfoTests {
    static let january = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15
    static let july = Date(timeIntervalSince1970: 1_783_000_000)  // 2026-07-02

    @Test func offsetsFollowDaylightSavingTime() throws {
        try #require(FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Berlin"), "tzdata is installed")
        #expect(ZoneInfo.secondsFromGMT(zone: "Europe/Berlin", at: Self.january) == 3_600)
        #expect(ZoneInfo.secondsFromGMT(zone: "Europe/Berlin", at: Self.july) == 7_200)
        #expect(ZoneInfo.secondsFromGMT(zone: "Asia/Tokyo", at: Self.july) == 32_400)
        #expect(ZoneInfo.secondsFromGMT(zone: "America/New_York", at: Self.january) == -18_000)
    }

    @Test func unknownAndUnsafeNamesAreNil() {
        for name in ["Mars/Olympus", "../../etc/passwd", "/etc/localtime", "", "Europe/Berlin\u{0}"] {
            #expect(ZoneInfo.secondsFromGMT(zone: name, at: Self.july) == nil, "\(name)")
        }
        #expect(ZoneInfo.offset(in: Array("not a tz file at all, long enough to pass the size check".utf8), at: 0) == nil)
    }
}
