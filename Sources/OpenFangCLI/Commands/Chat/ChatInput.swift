import Dispatch

/// Standard input, line by line. Reading blocks, so it happens on a queue of its own rather than
/// on the cooperative pool; one read at a time, each awaited by the chat.
struct ChatInput: Sendable {
    private let queue = DispatchQueue(label: "openfang.chat.stdin")

    /// The next line without its newline, or nil at the end of input.
    func nextLine() async -> String? {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: readLine(strippingNewline: true)) }
        }
    }
}
