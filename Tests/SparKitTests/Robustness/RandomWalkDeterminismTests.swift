import Foundation
import PropertyBased
import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// Random walks through every shipped scenario: the transcript a walk writes replays to itself
/// byte for byte, a walk cut anywhere resumes to the same end, and every dimension and the
/// overall score stay within 0–100 (and within the best the search says is reachable).
@Suite struct RandomWalkDeterminismTests {
    /// The shipped scenarios with their best scores, searched once.
    static let shipped: [(file: String, scenario: Scenario, best: BestScores)] = {
        ["zh", "en"].flatMap { language -> [String] in
            let folder = fixturePath("../../scenarios/\(language)")
            return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
        }.compactMap { file in
            ScenarioLoader.load(contentsOfFile: file).scenario.map { (file, $0, ScoreSearch.best(for: $0)) }
        }
    }()

    static var scenarioIDs: [String] { shipped.map { "\(($0.file as NSString).pathComponents.suffix(2).joined(separator: "/"))" } }

    static func entry(_ id: String) -> (file: String, scenario: Scenario, best: BestScores) {
        shipped.first { $0.file.hasSuffix(id) }!
    }

    static func header(_ scenario: Scenario, _ mode: SessionMode) -> TranscriptHeader {
        TranscriptHeader(scenario: scenario, trainee: "随机", mode: mode, lang: scenario.language, version: "0.1.0",
                         started: "2026-11-22T15:31:07Z")
    }

    static func lines(_ session: Session, scenario: Scenario, best: BestScores) -> [String] {
        var lines = [TranscriptCoding.line(header(scenario, session.mode))] + session.journal.map { TranscriptCoding.line($0) }
        if session.isFinished {
            lines.append(TranscriptCoding.line(TranscriptEnd(scorecard: Scorecard(state: session.state, scenario: scenario, best: best),
                                                             state: session.state)))
        }
        return lines
    }

    @Test func everyShippedScenarioIsWalked() {
        #expect(Self.shipped.count == 9)
    }

    @Test(arguments: scenarioIDs)
    func walksReplayToIdenticalTranscriptsWithinBounds(id: String) async {
        let (_, scenario, best) = Self.entry(id)
        await propertyCheck(count: 25, input: Gen.int(in: 0...9_999).array(of: 1...80), Gen.bool()) { moves, exam in
            let walk = RandomWalk(scenario: scenario, mode: exam ? .exam : .practice, moves: moves)
            let session = walk.play().session
            let lines = Self.lines(session, scenario: scenario, best: best)

            // The same walk again writes the same bytes.
            #expect(Self.lines(walk.play().session, scenario: scenario, best: best) == lines)

            // Replay passes, and re-recording writes the transcript anew byte for byte.
            guard case .success(let transcript) = Transcript.parse(lines.joined(separator: "\n") + "\n", file: "walk.jsonl") else {
                Issue.record("the walk's transcript does not parse")
                return
            }
            let report = Replay.run(transcript, scenario: scenario, best: best, version: "0.1.0")
            #expect(report.passed, "\(report.divergence?.message ?? "")")
            #expect(Rerecord.run(transcript, scenario: scenario, best: best, version: "0.1.0").lines == lines)

            // Every figure within 0–100; no dimension above the best the search found.
            let card = Scorecard(state: session.state, scenario: scenario, best: best)
            #expect((0...100).contains(card.overall))
            for dimension in card.dimensions {
                if let percent = dimension.percent { #expect((0...100).contains(percent)) }
                if best.exhaustive { #expect(dimension.achieved <= dimension.best, "\(dimension.dimension): \(dimension.achieved) > best \(dimension.best)") }
            }
        }
    }

    @Test(arguments: scenarioIDs)
    func walksCutAnywhereResumeToTheSameEnd(id: String) async {
        let (_, scenario, best) = Self.entry(id)
        await propertyCheck(count: 15, input: Gen.int(in: 0...9_999).array(of: 1...60), Gen.int(in: 0...60), Gen.bool()) { moves, cut, exam in
            let walk = RandomWalk(scenario: scenario, mode: exam ? .exam : .practice, moves: moves)
            let (inputs, uninterrupted) = walk.play()
            let kept = min(cut, inputs.count)

            // The session as it stood when killed after `kept` inputs, and its transcript.
            var interrupted = Session(scenario: scenario, mode: walk.mode)
            _ = interrupted.begin()
            for input in inputs.prefix(kept) { _ = interrupted.handle(input) }
            let text = Self.lines(interrupted, scenario: scenario, best: best).joined(separator: "\n") + "\n"
            guard case .success(let transcript) = Transcript.parse(text, file: "walk.jsonl") else {
                Issue.record("the interrupted transcript does not parse")
                return
            }
            if interrupted.isFinished { return }
            guard case .success(var resumed) = Resumption.restore(transcript, scenario: scenario) else {
                Issue.record("the interrupted walk does not resume")
                return
            }
            #expect(resumed.state == interrupted.state)
            for input in inputs.dropFirst(kept) { _ = resumed.handle(input) }
            #expect(resumed.state == uninterrupted.state)
            #expect(Self.lines(resumed, scenario: scenario, best: best) == Self.lines(uninterrupted, scenario: scenario, best: best))
        }
    }
}
