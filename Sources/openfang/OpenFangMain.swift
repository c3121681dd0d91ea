import Dispatch
import OpenFangCLI

/// The `openfang` executable: everything lives in `OpenFangCLI`.
///
/// A synchronous entry point that parks the main thread until the command ends. An `async main`
/// hands the main thread to `dispatch_main()`, which leaves it through `pthread_exit`: a forced
/// unwind that reads the unwind tables of every frame (in a debug build, where they exist, about
/// a MiB of them stays resident in an idle daemon). Nothing here is main-actor isolated, so no
/// work needs the main thread.
@main
enum OpenFangMain {
    static func main() {
        let finished = DispatchSemaphore(value: 0)
        // Owned: the main thread waits for it below and the process ends when it does.
        Task.detached {
            await OpenFangCommand.run()
            finished.signal()
        }
        finished.wait()
    }
}
