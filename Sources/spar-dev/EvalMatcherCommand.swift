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

    @Option(name: .long, help: "Try a wider lexicon: a file of synonym groups, one group a line, terms separated by tabs, added to the shipped ones.")
    var extraSynonyms: String?

    @Flag(name: .long, help: "List every answer that was not taken right.")
    var misses = false

    @Flag(name: .long, help: "Write the generated adversarial answers (names, one-word replies, keywords, stuffed answers) to DIR/<lang>-generated.tsv first.")
    var writeAdversarial = false

    func run() throws {
        var dials = MatchTuning.standard
        if let tuning {
            guard let parsed = dials.with(tuning) else { throw ValidationError("cannot read --tuning '\(tuning)'") }
            dials = parsed
        }
        if writeAdversarial {
            for (language, text) in MatcherEvaluation.generatedAdversarialSets(directory: directory, root: root) {
                let path = (directory as NSString).appendingPathComponent("\(language.rawValue)-generated.tsv")
                try text.write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        var lexicon = SynonymLexicon.shipped
        if let extraSynonyms {
            guard let text = try? String(contentsOfFile: extraSynonyms, encoding: .utf8) else {
                throw ValidationError("cannot read --extra-synonyms '\(extraSynonyms)'")
            }
            let groups = text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }.filter { $0.count > 1 }
            lexicon = lexicon.extended(with: groups)
        }
        let evaluation = MatcherEvaluation.run(directory: directory, root: root, tuning: dials, lexicon: lexicon)
        for problem in evaluation.problems { print("problem: \(problem)") }
        if misses { print(evaluation.missesTable) }
        print(evaluation.figuresTable)
        if !evaluation.problems.isEmpty { throw ExitCode(1) }
    }
}
