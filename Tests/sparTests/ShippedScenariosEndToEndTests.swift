import Foundation
import Testing

/// What a newcomer gets out of the box: the menu of shipped scenarios, and golden transcripts that replay.
@Suite struct ShippedScenariosEndToEndTests {
    @Test func theMenuListsShippedScenariosAndPlaysTheOnePicked() throws {
        let out = try SparBinary.temporaryDirectory()
        let list = try SparBinary.run(["list"])
        let ids = list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        let position = try #require(ids.firstIndex(of: "valve-retrofit"), "spar list: \(list.stdout)")
        // Run from another folder: the binary finds its shipped scenarios beside itself.
        let result = try SparBinary.run(["--out", out.path, "--trainee", "menu"], input: "\(position + 1)\n",
                                        directory: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("valve-retrofit"))
        #expect(result.stdout.contains("华东化工阀门改造项目"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.contains { $0.hasSuffix("_menu_valve-retrofit.jsonl") })
    }

    @Test func everyShippedScenarioLintsClean() throws {
        let result = try SparBinary.run(["lint", "scenarios"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" 0 errors, 0 warnings"))
    }

    @Test func goldenTranscriptsReplay() throws {
        let result = try SparBinary.run(["test", "transcripts"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" 0 failed"))
    }

    @Test func theBestGoldenTranscriptOfEachScenarioScoresAtLeastNinety() throws {
        let root = SparBinary.packageRoot.appendingPathComponent("transcripts")
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(!folders.isEmpty)
        for folder in folders {
            let best = root.appendingPathComponent(folder).appendingPathComponent("best.jsonl")
            let text = try String(contentsOf: best, encoding: .utf8)
            let last = try #require(text.split(separator: "\n").last)
            let end = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
            #expect(end["type"] as? String == "end")
            #expect((end["overall"] as? Int ?? 0) >= 90, "\(folder): \(end)")
        }
    }
}
