import SparKit
import Foundation

/// The evaluation's figures as plain-text tables: per language, then per language and category.
/// For an adversarial category every answer is labelled `none`, so "confident" is what matters:
/// it must be 0.
extension MatcherEvaluation {
    public var figuresTable: String {
        func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
        var lines = ["lang  answers  confident-right  confident-wrong  uncertain   none"]
        for f in figures {
            lines.append("\(f.language.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0))  \(String(format: "%7d", f.total))  "
                         + "\(percent(f.confidentRightRate)) (\(f.confidentRight)/\(f.labelled))  "
                         + "\(percent(f.confidentWrongRate)) (\(f.confidentWrong))  \(percent(f.uncertainRate))  \(percent(f.noneRate))")
        }
        lines.append("")
        lines.append("lang  category     answers  confident-right  confident-wrong  confident  uncertain   none")
        for f in figuresByCategory {
            let category = (f.category ?? Self.typedCategory).padding(toLength: 11, withPad: " ", startingAt: 0)
            let right = f.labelled == 0 ? "       -         " : "\(percent(f.confidentRightRate)) (\(f.confidentRight)/\(f.labelled))"
            lines.append("\(f.language.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0))  \(category)  \(String(format: "%7d", f.total))  "
                         + "\(right.padding(toLength: 17, withPad: " ", startingAt: 0))  \(percent(f.confidentWrongRate)) (\(f.confidentWrong))  "
                         + "\(String(format: "%9d", f.confident))  \(percent(f.uncertainRate))  \(percent(f.noneRate))")
        }
        return lines.joined(separator: "\n")
    }

    /// Every answer not taken right, with its top three scores.
    public var missesTable: String {
        var lines: [String] = []
        for outcome in outcomes where outcome.verdict != .confidentRight && !(outcome.testCase.expected == nil && outcome.verdict != .confidentWrong) {
            let c = outcome.testCase
            let top = outcome.result.candidates.prefix(3).map { "\($0.number):\(String(format: "%.2f", $0.score))" }
            lines.append("\(outcome.verdict.rawValue)\t\(outcome.result.shortfall?.rawValue ?? "-")\t\(c.category ?? Self.typedCategory)\t\(c.scenario)\t\(c.node)\twant \(c.expected.map(String.init) ?? "none")\t"
                         + "\(top.joined(separator: " "))\t\(c.answer)\t[\((outcome.result.candidates.first?.matched ?? []).joined(separator: " · "))]")
        }
        return lines.joined(separator: "\n")
    }
}
