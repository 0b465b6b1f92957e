import Foundation
import SparDevKit
import Testing

/// The typed-answer matcher against its targets, on the whole evaluation set in `eval/matcher/`.
@Suite struct MatcherTargetsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func theEvaluationSetMeetsTheIssueTargets() {
        let evaluation = MatcherEvaluation.run(directory: Self.root + "/eval/matcher", root: Self.root)
        #expect(evaluation.problems.isEmpty)
        for figures in evaluation.figuresByCategory {
            switch figures.category {
            case MatcherEvaluation.typedCategory?:
                #expect(figures.confidentRightRate >= 0.92, "\(figures.language) typed: \(figures.confidentRightRate)")
                #expect(figures.confidentWrongRate <= 0.01, "\(figures.language) typed: \(figures.confidentWrongRate)")
            case "names"?, "one-word"?, "keyword"?, "stuffed"?, "small-talk"?:
                #expect(figures.confident == 0, "\(figures.language) \(figures.category ?? ""): \(figures.confident)")
            default:
                break
            }
        }
    }}
