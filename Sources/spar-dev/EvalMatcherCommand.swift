import ArgumentParser
import Foundation
import SparDevKit
import SparKit

/// `spar-dev eval-matcher DIR`: the matcher's figures on the labelled evaluation set, per language
/// (scripts/eval-matcher runs it).
struct EvalMatcherCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-matcher", abstract: "Run the typed-answer evaluation set.")

    @Argument(help: "Folder of .tsv files (default: eval/matcher).")
    var directory = "eval/matcher"

    @Option(name: .long, help: "Folder scenario paths are relative to (default: the current folder).")
    var root = "."

    @Option(name: .long, help: "Try other dials, e.g. confident=0.45,margin=0.1 (see MatchTuning).")
    var tuning: String?

    @Flag(name: .long, help: "List every answer that was not taken right.")
    var misses = false

    func run() throws {
        var dials = MatchTuning.standard
        if let tuning {
            guard let parsed = dials.with(tuning) else { throw ValidationError("cannot read --tuning '\(tuning)'") }
            dials = parsed
        }
        let evaluation = MatcherEvaluation.run(directory: directory, root: root, tuning: dials)
        for problem in evaluation.problems { print("problem: \(problem)") }
        if misses {
            for outcome in evaluation.outcomes where outcome.verdict != .confidentRight && !(outcome.testCase.expected == nil && outcome.verdict == .none) {
                let c = outcome.testCase
                let top = outcome.result.candidates.prefix(3).map { "\($0.number):\(String(format: "%.2f", $0.score))" }
                print("\(outcome.verdict.rawValue)\t\(c.node)\twant \(c.expected.map(String.init) ?? "none")\t\(top.joined(separator: " "))\t\(c.answer)")
            }
        }
        func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
        print("lang  answers  confident-right  confident-wrong  uncertain   none")
        for f in evaluation.figures {
            print("\(f.language.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0))  \(String(format: "%7d", f.total))  "
                  + "\(percent(f.confidentRightRate)) (\(f.confidentRight)/\(f.labelled))  "
                  + "\(percent(f.confidentWrongRate)) (\(f.confidentWrong))  \(percent(f.uncertainRate))  \(percent(f.noneRate))")
        }
        if !evaluation.problems.isEmpty { throw ExitCode(1) }
    }
}
