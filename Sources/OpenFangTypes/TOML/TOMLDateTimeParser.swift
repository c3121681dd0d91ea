/// Recognises TOML's four date/time forms.
enum TOMLDateTimeParser {
    static func parse(_ token: String) -> TOMLDateTime? {
        let characters = Array(token)
        if characters.count >= 10, isDate(characters[0..<10]) {
            if characters.count == 10 { return TOMLDateTime(kind: .localDate, text: token) }
            guard "Tt ".contains(characters[10]) else { return nil }
            let rest = characters[11...]
            var timeEnd = rest.startIndex
            while timeEnd < rest.endIndex, rest[timeEnd].isNumber || rest[timeEnd] == ":" || rest[timeEnd] == "." {
                timeEnd += 1
            }
            guard isTime(rest[rest.startIndex..<timeEnd]) else { return nil }
            let offset = rest[timeEnd...]
            let normalized = String(characters[0..<10]) + "T" + String(rest)
            if offset.isEmpty { return TOMLDateTime(kind: .localDateTime, text: normalized) }
            guard isOffset(offset) else { return nil }
            return TOMLDateTime(kind: .offsetDateTime, text: normalized)
        }
        if isTime(characters[...]) { return TOMLDateTime(kind: .localTime, text: token) }
        return nil
    }

    private static func number(_ slice: ArraySlice<Character>, in range: ClosedRange<Int>) -> Bool {
        guard slice.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(String(slice)) else { return false }
        return range.contains(value)
    }

    private static func isDate(_ c: ArraySlice<Character>) -> Bool {
        let b = c.startIndex
        return c.count == 10 && c[b + 4] == "-" && c[b + 7] == "-" && number(c[b..<b + 4], in: 0...9999)
            && number(c[b + 5..<b + 7], in: 1...12) && number(c[b + 8..<b + 10], in: 1...31)
    }

    private static func isTime(_ c: ArraySlice<Character>) -> Bool {
        let b = c.startIndex
        guard c.count >= 8, c[b + 2] == ":", c[b + 5] == ":", number(c[b..<b + 2], in: 0...23),
            number(c[b + 3..<b + 5], in: 0...59), number(c[b + 6..<b + 8], in: 0...60)
        else { return false }
        if c.count == 8 { return true }
        return c[b + 8] == "." && c.count > 9 && c[(b + 9)...].allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func isOffset(_ c: ArraySlice<Character>) -> Bool {
        if c.count == 1 { return c.first == "Z" || c.first == "z" }
        let b = c.startIndex
        return c.count == 6 && (c[b] == "+" || c[b] == "-") && c[b + 3] == ":" && number(c[b + 1..<b + 3], in: 0...23)
            && number(c[b + 4..<b + 6], in: 0...59)
    }
}
