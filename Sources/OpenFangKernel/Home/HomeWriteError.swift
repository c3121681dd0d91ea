/// A file of the home could not be written: which, and the system's reason.
struct HomeWriteError: Error, CustomStringConvertible {
    /// The file.
    var path: String
    /// Why (`strerror`).
    var reason: String

    var description: String { "cannot write \(path): \(reason)" }
}
