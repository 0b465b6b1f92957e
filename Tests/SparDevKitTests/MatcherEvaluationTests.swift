import Foundation
import SparDevKit
import SparKit
import Testing

/// The targets on the labelled set in `eval/matcher` (per language):
/// confident-right ≥ 85% of answers labelled with a choice, confident-wrong ≤ 3% of all answers.
@Suite struct MatcherEvaluationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func evaluationSetMeetsTheTargets() {
        let evaluation = MatcherEvaluation.run(directory: Self.root + "/eval/matcher", root: Self.root)
        #expect(evaluation.problems.isEmpty, "\(evaluation.problems)")
        let figures = evaluation.figures
        #expect(Set(figures.map(\.language)) == [.zh, .en])
        for f in figures {
            #expect(f.total >= 100, "\(f.language): \(f.total) answers")
            #expect(f.confidentRightRate >= 0.85, "\(f.language): confident-right \(f.confidentRightRate)")
            #expect(f.confidentWrongRate <= 0.03, "\(f.language): confident-wrong \(f.confidentWrongRate)")
        }
    }

    @Test func rowsAreReadAndBadRowsReported() {
        let (cases, problems) = MatcherEvaluation.parse("""
            # comment
            a.yaml\tstart\t2\t打个折吧
            a.yaml\tstart\tnone\t今天天气不错
            a.yaml\tstart\tmaybe\t?
            a.yaml\tstart
            """, source: "t.tsv")
        #expect(cases.map(\.expected) == [2, nil])
        #expect(cases.map(\.answer) == ["打个折吧", "今天天气不错"])
        #expect(problems.count == 2)
    }
}
