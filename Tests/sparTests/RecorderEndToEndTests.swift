import Foundation
import SparKit
import Testing

/// The library's `SessionRecorder` is the whole lifecycle: played into memory, it produces
/// exactly the lines `spar play` writes to its transcript file.
@Suite struct RecorderEndToEndTests {
    @Test(arguments: ["valve-retrofit", "saas-renewal", "audit-cold-call", "audit-cold-call-en", "channel-upsell",
                      "channel-upsell-en", "components-first-visit", "saas-demo", "tender-evaluation"])
    func aMemoryRecordingEqualsTheFilePlayOfTheSameInputs(_ id: String) throws {
        let root = SparBinary.packageRoot
        let golden = try Transcript.read(path: root.appendingPathComponent("transcripts/\(id)/best.jsonl").path).get()
        let inputs = golden.records.compactMap(\.input)
        let file = try #require(["zh", "en"].map { root.appendingPathComponent("scenarios/\($0)/\(id).yaml") }
            .first { FileManager.default.fileExists(atPath: $0.path) })
        let scenario = try #require(ScenarioLoader.load(contentsOfFile: file.path).scenario)

        let out = try SparBinary.temporaryDirectory()
        let played = try SparBinary.run(
            ["play", file.path, "--trainee", "rec", "--out", out.path, "--mode", golden.header.mode.rawValue, "--no-resume"],
            input: inputs.joined(separator: "\n") + "\n")
        #expect(played.status == 0, "\(played.stderr)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first)
        let fileLines = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let header = try Transcript.read(path: out.appendingPathComponent(name).path).get().header

        let sink = MemoryTranscriptSink()
        let cache = BestScoresCache(engineVersion: "test")
        var (recorder, _) = try SessionRecorder.start(Session(scenario: scenario, mode: header.mode, language: header.lang),
                                                      header: header, sink: sink, best: cache.best(for:))
        for input in inputs { _ = try recorder.handle(input) }
        #expect(recorder.isFinished)
        #expect(sink.lines == fileLines)
    }
}
