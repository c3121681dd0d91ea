import Hummingbird

/// Whole-number query parameters, with errors naming the parameter.
enum QueryNumber {
    /// `?name=` as a number in `range`, or `fallback` when absent.
    static func value(_ request: Request, _ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters.get(name) else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw APIError(.badRequest, "`\(name)` must be a whole number from \(range.lowerBound) to \(range.upperBound)", field: name)
        }
        return number
    }
}
