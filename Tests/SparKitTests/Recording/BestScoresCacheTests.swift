import Foundation
@testable import SparKit
import Testing

@Suite struct BestScoresCacheTests {
    @Test func aSearchIsKeptOnDiskAndReadByTheNextProcessOfTheSameEngine() throws {
        let scenario = try miniScenario()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spar-best-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let searched = BestScoresCache(directory: folder, engineVersion: "1").best(for: scenario)
        #expect(searched == ScoreSearch.best(for: scenario))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files == ["best-\(scenario.sha256)-1.json"])

        // A value planted in the file is what the next cache returns: it read, it did not search.
        var planted = searched
        planted.total += 1_000
        try JSONEncoder().encode(planted).write(to: URL(fileURLWithPath: folder + "/" + files[0]))
        #expect(BestScoresCache(directory: folder, engineVersion: "1").best(for: scenario) == planted)

        // Another engine searches again, and the old engine's file goes.
        #expect(BestScoresCache(directory: folder, engineVersion: "2").best(for: scenario) == searched)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["best-\(scenario.sha256)-2.json"])
    }

    @Test func aDamagedCacheFileIsSearchedAgain() throws {
        let scenario = try miniScenario()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spar-best-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: folder + "/best-\(scenario.sha256)-1.json"))
        #expect(BestScoresCache(directory: folder, engineVersion: "1").best(for: scenario) == ScoreSearch.best(for: scenario))
    }

    @Test func concurrentCallersShareOneResult() async throws {
        let scenario = try miniScenario()
        let cache = BestScoresCache(engineVersion: "1")
        cache.prefetch(scenario)
        let results = await withTaskGroup(of: BestScores.self) { group in
            for _ in 0..<8 { group.addTask { cache.best(for: scenario) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results).count == 1)
    }
}
