/// Why a schedule does not parse; the text says which field and why.
public struct CronError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
