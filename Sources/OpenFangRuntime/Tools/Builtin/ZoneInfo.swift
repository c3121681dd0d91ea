import FoundationEssentials

/// UTC offsets of IANA time zones read from the system's tz database (`$TZDIR` or
/// `/usr/share/zoneinfo`, TZif files per RFC 8536), so named zones work without ICU.
/// After a zone's last recorded transition its last offset holds (the footer rule is not read).
enum ZoneInfo {
    /// The offset from UTC, in seconds, of zone `name` at `date`; nil for an unknown zone.
    static func secondsFromGMT(zone name: String, at date: Date, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        let allowed = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_+-/".unicodeScalars.contains($0)) }
        guard allowed, !name.isEmpty, !name.hasPrefix("/"), !name.contains("..") else { return nil }
        let folder = environment["TZDIR"] ?? "/usr/share/zoneinfo"
        guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { return nil }
        return offset(in: Array(data), at: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// The offset a TZif file's bytes give for the Unix time `time`.
    static func offset(in bytes: [UInt8], at time: Int64) -> Int? {
        guard bytes.count >= 44, bytes[0..<4].elementsEqual("TZif".utf8) else { return nil }
        var start = 0
        var timeSize = 4
        if bytes[4] >= UInt8(ascii: "2"), let counts = counts(bytes, at: 0) {
            // Skip the version 1 block; the version 2+ block has 64-bit times.
            start = 44 + counts.timecnt * 5 + counts.typecnt * 6 + counts.charcnt + counts.leapcnt * 8 + counts.isstdcnt + counts.isutcnt
            timeSize = 8
        }
        guard let header = counts(bytes, at: start), header.typecnt > 0 else { return nil }
        let times = start + 44
        let indices = times + header.timecnt * timeSize
        let types = indices + header.timecnt
        guard types + header.typecnt * 6 <= bytes.count else { return nil }
        var type = 0
        for index in 0..<header.timecnt {
            let at = integer(bytes, at: times + index * timeSize, size: timeSize)
            guard at <= time else { break }
            type = Int(bytes[indices + index])
        }
        guard type < header.typecnt else { return nil }
        return Int(Int32(truncatingIfNeeded: integer(bytes, at: types + type * 6, size: 4)))
    }

    private struct Counts {
        var isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt: Int
    }

    private static func counts(_ bytes: [UInt8], at start: Int) -> Counts? {
        guard start + 44 <= bytes.count, bytes[start..<start + 4].elementsEqual("TZif".utf8) else { return nil }
        let value = { (index: Int) in Int(integer(bytes, at: start + 20 + index * 4, size: 4)) }
        return Counts(isutcnt: value(0), isstdcnt: value(1), leapcnt: value(2), timecnt: value(3), typecnt: value(4), charcnt: value(5))
    }

    /// A big-endian signed integer of `size` (4 or 8) bytes.
    private static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> Int64 {
        var value: UInt64 = 0
        for byte in bytes[offset..<offset + size] { value = value << 8 | UInt64(byte) }
        return size == 4 ? Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: value))) : Int64(bitPattern: value)
    }
}
