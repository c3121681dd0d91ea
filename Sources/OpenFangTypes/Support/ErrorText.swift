#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A readable one-line account of an error: file errors as `path: reason` from the system's
/// own words (what Foundation's `localizedDescription` gave), anything else as it describes itself.
package enum ErrorText {
    /// `error` for a person.
    package static func describe(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError {
            let reason = (cocoa.underlying as? POSIXError).map { String(cString: strerror($0.code.rawValue)) } ?? "file error \(cocoa.code.rawValue)"
            return cocoa.filePath.map { "\($0): \(reason)" } ?? reason
        }
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return "\(error)"
    }
}
