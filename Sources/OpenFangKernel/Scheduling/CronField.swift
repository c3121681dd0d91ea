/// One field of a cron expression: the set of values it allows, and whether it was `*`.
struct CronField: Sendable, Hashable {
    /// Allowed values.
    var values: Set<Int>
    /// Whether the field was `*` (matters for the day-of-month/day-of-week rule).
    var isWildcard: Bool

    /// Parses `*`, `5`, `1-5`, `*/15`, `10-50/10`, lists of those, and names from `names`
    /// (index + `offset` is the value), within `range`.
    init(_ text: String, range: ClosedRange<Int>, names: [String] = [], offset: Int = 0, field: String) throws(CronError) {
        isWildcard = text == "*"
        values = []
        for part in text.lowercased().split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count <= 2, let base = pieces.first, !base.isEmpty else { throw CronError("\(field): \"\(part)\" is not a value, range or step") }
            var step = 1
            if pieces.count == 2 {
                guard let parsed = Int(pieces[1]), parsed > 0 else { throw CronError("\(field): step \"\(pieces[1])\" must be a positive number") }
                step = parsed
            }
            let bounds: ClosedRange<Int>
            if base == "*" {
                bounds = range
            } else if let dash = base.firstIndex(of: "-") {
                let low = try Self.value(base[..<dash], names: names, offset: offset, range: range, field: field)
                let high = try Self.value(base[base.index(after: dash)...], names: names, offset: offset, range: range, field: field)
                guard low <= high else { throw CronError("\(field): range \(base) runs backwards") }
                bounds = low...high
            } else {
                let single = try Self.value(base, names: names, offset: offset, range: range, field: field)
                bounds = single...(pieces.count == 2 ? range.upperBound : single)
            }
            values.formUnion(stride(from: bounds.lowerBound, through: bounds.upperBound, by: step))
        }
    }

    static func value(_ text: Substring, names: [String], offset: Int, range: ClosedRange<Int>, field: String) throws(CronError) -> Int {
        if let index = names.firstIndex(of: String(text)) { return index + offset }
        guard let number = Int(text) else { throw CronError("\(field): \"\(text)\" is not a number\(names.isEmpty ? "" : " or a name (\(names.prefix(3).joined(separator: ", ")), …)")") }
        guard range.contains(number) else { throw CronError("\(field): \(number) is outside \(range.lowerBound)-\(range.upperBound)") }
        return number
    }
}
