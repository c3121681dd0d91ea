import Foundation
import OpenFangTesting
@testable import OpenFangMemory

/// A store in a fresh temporary folder.
struct TestStore {
    let directory: TemporaryDirectory
    let store: SQLiteMemoryStore

    var path: String { store.path }

    static func make(_ label: String = "memory", now: @escaping @Sendable () -> Date = { Date() }) async throws -> TestStore {
        let directory = try TemporaryDirectory(label)
        let store = try await SQLiteMemoryStore.open(path: directory.file("data/openfang.db"), now: now)
        return TestStore(directory: directory, store: store)
    }

    func finish() async {
        await store.close()
        directory.remove()
    }
}
