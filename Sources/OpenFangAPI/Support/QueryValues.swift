import HTTPTypes
import Hummingbird

/// Query-string values read with errors that name the parameter.
struct QueryValues {
    let request: Request

    /// The text of `name`, or nil when absent or empty.
    func string(_ name: String) -> String? {
        guard let value = request.uri.queryParameters[Substring(name)], !value.isEmpty else { return nil }
        return String(value)
    }

    /// A whole number in `range` (`fallback` when absent); 400 naming the parameter otherwise.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let text = string(name) else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw APIError(.badRequest, "`\(name)` must be a whole number from \(range.lowerBound) to \(range.upperBound)", field: name)
        }
        return number
    }
}
