/// Why a patch was not applied (nothing was written).
struct PatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What to tell the model.
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
