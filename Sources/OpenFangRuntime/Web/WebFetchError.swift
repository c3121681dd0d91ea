/// Why a fetch was refused or failed; the description is what the model reads.
public struct WebFetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message.
    public var description: String

    /// Creates an error.
    public init(_ description: String) {
        self.description = description
    }
}
