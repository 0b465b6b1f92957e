import Foundation
import SparKit

/// The shipped scenarios with their best scores, by id: a transcript that parses is replayed
/// and resumed against its scenario, so fuzzed inputs reach the engine too.
let shipped: [String: (scenario: Scenario, best: BestScores, template: Session)] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scenarios")
    var found: [String: (Scenario, BestScores, Session)] = [:]
    for language in ["zh", "en"] {
        let folder = root.appendingPathComponent(language)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".yaml") {
            if let scenario = ScenarioLoader.load(contentsOfFile: folder.appendingPathComponent(name).path).scenario {
                // A session whose analysed choices every replay of this scenario reuses.
                let template = Session(scenario: scenario)
                _ = template.matcher
                found[scenario.id] = (scenario, ScoreSearch.best(for: scenario), template)
            }
        }
    }
    precondition(!found.isEmpty, "no shipped scenarios under \(root.path)")
    return found
}()

/// Searching the best scores takes seconds: done once before the first input, outside its timeout.
@_cdecl("LLVMFuzzerInitialize")
public func transcriptFuzzInitialize(_ argc: UnsafeMutablePointer<CInt>,
                                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = shipped.count
    return 0
}

/// Any bytes as a transcript: a transcript or a located error; one that parses replays and
/// resumes without crashing.
@_cdecl("LLVMFuzzerTestOneInput")
public func transcriptFuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    switch Transcript.parse(text, file: "fuzz.jsonl") {
    case .failure(let diagnostic):
        precondition(diagnostic.location.line >= 1, "unlocated: \(diagnostic)")
    case .success(let transcript):
        guard let (scenario, best, template) = shipped[transcript.header.scenario] else { return 0 }
        _ = Replay.run(transcript, scenario: scenario, best: best, version: "fuzz", sharing: template)
        _ = Resumption.restore(transcript, scenario: scenario, sharing: template)
    }
    return 0
}
