import Foundation
import SalesMethod
import SparKit

/// Runs the labelled evaluation set (`eval/matcher/*.tsv`) through the matcher and counts, per
/// scenario language, how typed answers came out. One row per line, tab-separated:
/// `scenario file` (relative to the set's root), `node id`, `expected` (1-based position of the
/// choice in the node's list, or `none`), `answer`. `#` starts a comment line; `# category: NAME`
/// puts the rows after it in an adversarial category (`names`, `one-word`, `small-talk`, …),
/// whose figures are also given on their own.
public struct MatcherEvaluation: Sendable {
    public struct Case: Sendable, Hashable {
        public var source: String
        public var line: Int
        public var scenario: String
        public var node: String
        /// 1-based position in the node's choices; nil when the answer means none of them.
        public var expected: Int?
        public var answer: String
        /// The adversarial category, or nil for an ordinary typed answer.
        public var category: String?

        public init(source: String, line: Int, scenario: String, node: String, expected: Int?, answer: String,
                    category: String? = nil) {
            self.source = source
            self.line = line
            self.scenario = scenario
            self.node = node
            self.expected = expected
            self.answer = answer
            self.category = category
        }
    }

    /// The category ordinary typed answers are counted under.
    public static let typedCategory = "typed"

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
        /// nil for the whole language.
        public var category: String?
        public var total = 0
        public var labelled = 0
        public var confidentRight = 0
        public var confidentWrong = 0
        public var uncertain = 0
        public var none = 0

        /// Answers taken as some choice, right or wrong (for adversarial categories: must be 0).
        public var confident: Int { confidentRight + confidentWrong }
        public var confidentRate: Double { total == 0 ? 0 : Double(confident) / Double(total) }

        mutating func count(_ outcome: Outcome) {
            total += 1
            if outcome.testCase.expected != nil { labelled += 1 }
            switch outcome.verdict {
            case .confidentRight: confidentRight += 1
            case .confidentWrong: confidentWrong += 1
            case .uncertain: uncertain += 1
            case .none: none += 1
            }
        }

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
            byLanguage[outcome.language, default: Figures(language: outcome.language)].count(outcome)
        }
        return byLanguage.values.sorted { $0.language.rawValue > $1.language.rawValue }
    }

    /// Figures per language and category (`typed` for ordinary answers), language by language.
    public var figuresByCategory: [Figures] {
        var byKey: [String: Figures] = [:]
        for outcome in outcomes {
            let category = outcome.testCase.category ?? Self.typedCategory
            byKey[outcome.language.rawValue + "\t" + category,
                  default: Figures(language: outcome.language, category: category)].count(outcome)
        }
        return byKey.values.sorted {
            $0.language != $1.language ? $0.language.rawValue > $1.language.rawValue
                : ($0.category == Self.typedCategory ? true : $1.category == Self.typedCategory ? false
                    : ($0.category ?? "") < ($1.category ?? ""))
        }
    }

    /// The generated adversarial rows for the scenarios the set's other rows name, as one TSV text
    /// per language (see `AdversarialAnswers`).
    public static func generatedAdversarialSets(directory: String, root: String) -> [Language: String] {
        var scenarios = Set<String>()
        for file in ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []) where file.hasSuffix(".tsv") {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            for testCase in parse(text, source: path).cases where testCase.scenario.hasPrefix("scenarios/") {
                scenarios.insert(testCase.scenario)
            }
        }
        var texts: [Language: String] = [:]
        for scenarioPath in scenarios.sorted() {
            let path = (root as NSString).appendingPathComponent(scenarioPath)
            guard let scenario = ScenarioLoader.load(contentsOfFile: path).scenario else { continue }
            var text = texts[scenario.language] ?? "# Generated by `spar _eval-matcher --write-adversarial` from the shipped scenarios: answers that must never be taken confidently\n"
            var category: String?
            for testCase in AdversarialAnswers.cases(for: scenario, path: scenarioPath) {
                if testCase.category != category {
                    category = testCase.category
                    text += "# category: \(category ?? typedCategory)\n"
                }
                let answer = testCase.answer.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                text += "\(testCase.scenario)\t\(testCase.node)\tnone\t\(answer)\n"
            }
            texts[scenario.language] = text
        }
        return texts
    }

    /// Reads every `.tsv` under `directory` and runs it; scenario paths are relative to `root`.
    public static func run(directory: String, root: String, tuning: MatchTuning = .standard,
                           lexicon: SynonymLexicon = .shipped) -> MatcherEvaluation {
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
        evaluation.run(cases, root: root, tuning: tuning, lexicon: lexicon)
        return evaluation
    }

    public static func parse(_ text: String, source: String) -> (cases: [Case], problems: [String]) {
        var cases: [Case] = []
        var problems: [String] = []
        var category: String?
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") {
                let comment = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
                if comment.hasPrefix("category:") {
                    let name = comment.dropFirst("category:".count).trimmingCharacters(in: .whitespaces)
                    category = name.isEmpty || name == typedCategory ? nil : name
                }
                continue
            }
            if trimmed.isEmpty { continue }
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
                              expected: expected, answer: fields[3], category: category))
        }
        return (cases, problems)
    }

    /// Every choice of the node counts as available, numbered in file order.
    public mutating func run(_ cases: [Case], root: String, tuning: MatchTuning = .standard,
                             lexicon: SynonymLexicon = .shipped) {
        var matchers: [String: (Scenario, ChoiceMatcher)?] = [:]
        for testCase in cases {
            if matchers[testCase.scenario] == nil {
                let path = (root as NSString).appendingPathComponent(testCase.scenario)
                let scenario = ScenarioLoader.load(contentsOfFile: path).scenario
                matchers[testCase.scenario] = .some(scenario.map { ($0, ChoiceMatcher(scenario: $0, lexicon: lexicon, tuning: tuning)) })
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
