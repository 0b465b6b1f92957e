import Foundation
import SparKit
import Testing

/// `/back` and `/restart` take answers back: shown, but not scored and not counted as mistakes.
@Suite struct ReportUndoTests {
    static let path = ReportFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/back-and-retry.jsonl").path

    func record(_ type: RecordKind, events: Int = 0) -> TranscriptRecord {
        TranscriptRecord(type: type, node: "n", events: events == 0 ? nil : [ScoreEvent(dimension: .closing, points: events, rule: "r", reason: "x")])
    }

    @Test func backTakesBackTheLastAnswerAndWhatFollowedIt() {
        let records = [record(.turn, events: 1), record(.classify, events: -3), record(.turn, events: 2),
                       record(.map, events: 1), record(.hint), record(.back), record(.turn, events: 1)]
        #expect(UndoneRecords.indices(in: records) == [2, 3])
    }

    @Test func restartTakesBackEverythingBeforeIt() {
        let records = [record(.turn, events: 1), record(.back), record(.back), record(.turn, events: 2),
                       record(.restart), record(.turn, events: 3)]
        #expect(UndoneRecords.indices(in: records) == [0, 3])
    }

    @Test func showsTotalsMatchTheScorecardAfterBack() throws {
        let transcript = try Transcript.read(path: Self.path).get()
        let view = SessionView(transcript: transcript, scenario: nil)
        #expect(view.steps.filter(\.undone).map(\.record.type) == [RecordKind.turn])
        // The retried path lost 2 on objections and 5 on closing; the undone first answer's +3 stage is gone.
        #expect(view.pointsByDimension[.stage] == nil)
        #expect(view.pointsByDimension[.objection] == -2)
        #expect(view.pointsByDimension[.closing] == -5)
        let markdown = SessionMarkdown(view).render()
        #expect(markdown.contains("（已撤回，不计分）"))
        #expect(markdown.contains("- `/back`"))
    }

    @Test func mistakesTakenBackAreNotCountedButAnswersAre() throws {
        let transcript = try Transcript.read(path: Self.path).get()
        var report = ClassReport()
        report.add(transcript, path: Self.path, verification: .trusted)
        let opening = try #require(report.nodes.nodes[.init(scenario: "mini", node: "opening")])
        #expect(opening.choices[1]?.count == 1)
        #expect(opening.choices[2]?.count == 1)
        #expect(opening.unmatched == 1)
        #expect(report.mistakes.entries["objection.concede"]?.count == 1)
        let answered = XAPIExport.statements(for: transcript, path: Self.path).filter { $0.verb.id.hasSuffix("/answered") }
        #expect(answered.count == 3)
        #expect(answered.first?.context?.extensions?["https://spar.local/xapi/extensions/undone"] == .bool(true))
    }
}
