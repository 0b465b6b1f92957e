import Foundation
import SalesMethod
import SparKit

/// Runs the labelled evaluation set (`eval/matcher/*.tsv`) through the matcher and counts, per
/// scenario language, how typed answers came out. One row per line, tab-separated:
/// `scenario file` (relative to the set's root), `node id`, `expected` (1-based position of the
/// choice in the node's list, or `none`), `answer`. `#` starts a comment line.
public struct MatcherEvaluation: Sendable {
    public struct Case: Sendable, Hashable {
        public var source: String
        public var line: Int
        public var scenario: String
        public var node: String
        /// 1-based position in the node's choices; nil when the answer means none of them.
        public var expected: Int?
        public var answer: String
    }

    public enum Verdict: String, Sendable, Hashable {
        case confidentRight = "confident-right"
        case confidentWrong = "confident-wrong"
        case uncertain
        case none
    }

    public struct Outcome: Sendable, Hashable {
        public var testCase: Case
        public var language: Language
        public var verdict: Verdict
        public var result: MatchResult
    }

    /// Counts for one language. Confident-right is over answers labelled with a choice (a `none`
    /// label is right when nothing is taken); the other rates are over all answers.
    public struct Figures: Sendable, Hashable {
        public var language: Language
        public var total = 0
        public var labelled = 0
        public var confidentRight = 0
        public var confidentWrong = 0
        public var uncertain = 0
        public var none = 0

        public var confidentRightRate: Double { labelled == 0 ? 0 : Double(confidentRight) / Double(labelled) }
        public var confidentWrongRate: Double { total == 0 ? 0 : Double(confidentWrong) / Double(total) }
        public var uncertainRate: Double { total == 0 ? 0 : Double(uncertain) / Double(total) }
        public var noneRate: Double { total == 0 ? 0 : Double(none) / Double(total) }
    }

    public var outcomes: [Outcome] = []
    /// Rows that could not be run (unknown scenario, node or choice), as "file:line: message".
    public var problems: [String] = []

    public var figures: [Figures] {
        var byLanguage: [Language: Figures] = [:]
        for outcome in outcomes {
            var figures = byLanguage[outcome.language] ?? Figures(language: outcome.language)
            figures.total += 1
            if outcome.testCase.expected != nil { figures.labelled += 1 }
            switch outcome.verdict {
            case .confidentRight: figures.confidentRight += 1
            case .confidentWrong: figures.confidentWrong += 1
            case .uncertain: figures.uncertain += 1
            case .none: figures.none += 1
            }
            byLanguage[outcome.language] = figures
        }
        return byLanguage.values.sorted { $0.language.rawValue > $1.language.rawValue }
    }

    /// Reads every `.tsv` under `directory` and runs it; scenario paths are relative to `root`.
    public static func run(directory: String, root: String, tuning: MatchTuning = .standard) -> MatcherEvaluation {
        var evaluation = MatcherEvaluation()
        var cases: [Case] = []
        for path in FolderFiles.list(in: directory, extensions: ["tsv"], recursive: false) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                evaluation.problems.append("\(path): cannot read")
                continue
            }
            let (parsed, problems) = parse(text, source: path)
            cases += parsed
            evaluation.problems += problems
        }
        evaluation.run(cases, root: root, tuning: tuning)
        return evaluation
    }

    public static func parse(_ text: String, source: String) -> (cases: [Case], problems: [String]) {
        var cases: [Case] = []
        var problems: [String] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, !fields[3].isEmpty else {
                problems.append("\(source):\(offset + 1): expected 4 tab-separated fields")
                continue
            }
            let label = fields[2].trimmingCharacters(in: .whitespaces)
            let expected = Int(label)
            guard expected != nil || label == "none" else {
                problems.append("\(source):\(offset + 1): expected a choice number or none, found '\(label)'")
                continue
            }
            cases.append(Case(source: source, line: offset + 1, scenario: fields[0], node: fields[1],
                              expected: expected, answer: fields[3]))
        }
        return (cases, problems)
    }

    /// Every choice of the node counts as available, numbered in file order.
    public mutating func run(_ cases: [Case], root: String, tuning: MatchTuning = .standard) {
        var matchers: [String: (Scenario, ChoiceMatcher)?] = [:]
        for testCase in cases {
            if matchers[testCase.scenario] == nil {
                let path = (root as NSString).appendingPathComponent(testCase.scenario)
                let scenario = ScenarioLoader.load(contentsOfFile: path).scenario
                matchers[testCase.scenario] = .some(scenario.map { ($0, ChoiceMatcher(scenario: $0, tuning: tuning)) })
            }
            let location = "\(testCase.source):\(testCase.line)"
            guard let (scenario, matcher) = matchers[testCase.scenario] ?? nil else {
                problems.append("\(location): scenario '\(testCase.scenario)' does not load")
                continue
            }
            guard let node = scenario.node(testCase.node), !node.choices.isEmpty else {
                problems.append("\(location): no node '\(testCase.node)' with choices in \(testCase.scenario)")
                continue
            }
            if let expected = testCase.expected, !(1...node.choices.count).contains(expected) {
                problems.append("\(location): node '\(testCase.node)' has \(node.choices.count) choices, not \(expected)")
                continue
            }
            let available = node.choices.indices.map { (number: $0 + 1, index: $0) }
            let result = matcher.rank(testCase.answer, node: testCase.node, available: available)
            let verdict: Verdict
            switch result.outcome {
            case .confident: verdict = result.chosen == testCase.expected ? .confidentRight : .confidentWrong
            case .uncertain: verdict = .uncertain
            case .none: verdict = .none
            }
            outcomes.append(Outcome(testCase: testCase, language: scenario.language, verdict: verdict, result: result))
        }
    }
}
