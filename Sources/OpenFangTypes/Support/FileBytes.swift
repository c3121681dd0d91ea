#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes bytes through file descriptors (no Foundation `FileHandle`).
package enum FileBytes {
    /// The first `count` bytes of the file at `path` (fewer if it is shorter), or nil when it
    /// cannot be opened for reading.
    package static func prefix(ofFileAt path: String, count: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, count - filled) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            filled += got
        }
        return Array(bytes[..<filled])
    }

    /// Everything `descriptor` has from its current offset to the end (what is there now).
    package static func readToEnd(_ descriptor: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return result }
            result += chunk[..<got]
        }
    }

    /// Writes all of `bytes` to `descriptor` (retrying short writes); false on an error.
    @discardableResult
    package static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32) -> Bool {
        let array = Array(bytes)
        var written = 0
        while written < array.count {
            let done = array.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress! + written, array.count - written)
                #else
                Darwin.write(descriptor, buffer.baseAddress! + written, array.count - written)
                #endif
            }
            if done < 0, errno == EINTR { continue }
            guard done > 0 else { return false }
            written += done
        }
        return true
    }
}
