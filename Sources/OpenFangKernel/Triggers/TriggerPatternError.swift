/// Why a trigger pattern does not parse; the text names the form and field.
public struct TriggerPatternError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
