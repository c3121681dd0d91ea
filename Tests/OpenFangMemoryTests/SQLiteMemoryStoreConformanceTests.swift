import Foundation
import OpenFangMemory
import OpenFangTesting
import Testing

@Suite struct SQLiteMemoryStoreConformanceTests {
    @Test(.timeLimit(.minutes(2))) func sqliteStorePassesTheConformanceSuite() async throws {
        let directory = try TemporaryDirectory("conformance")
        defer { directory.remove() }
        try await MemoryStoreConformance.run {
            try await SQLiteMemoryStore.open(path: directory.file("\(UUID().uuidString).db"))
        }
    }
}
