import Foundation

/// A lint over typed answers: two choices of a node whose `say`s read nearly alike, or a choice
/// whose `match` phrase reads better as another choice, cannot be told apart reliably when
/// typed. Authors fix it with distinctive `match` phrases or by rewording. Choices under
/// different `if` conditions are taken as never shown together; two choices that list the same
/// `match` phrase are SP0031's business.
public enum ChoiceDistinctness {
    /// Similarity of two says (`ChoiceMatcher.similarity`) from which they are too close.
    public static let sayLimit = 0.6

    public static func check(_ scenario: Scenario, matcher: ChoiceMatcher? = nil) -> [Diagnostic] {
        let matcher = matcher ?? ChoiceMatcher(scenario: scenario)
        var diagnostics: [Diagnostic] = []
        for node in scenario.nodes where node.choices.count > 1 {
            let choices = node.choices
            let available = choices.indices.map { (number: $0 + 1, index: $0) }
            var reported: Set<[Int]> = []
            func shownTogether(_ i: Int, _ j: Int) -> Bool {
                guard let a = choices[i].condition, let b = choices[j].condition else { return true }
                return a.source == b.source
            }
            let phrases = choices.map { Set($0.match.map(SynonymLexicon.key)) }
            func report(_ i: Int, _ j: Int, _ message: String, notes: [String] = []) {
                // A pair that shares a `match` phrase is already reported (SP0031).
                guard shownTogether(i, j), phrases[i].isDisjoint(with: phrases[j]),
                      reported.insert([min(i, j), max(i, j)]).inserted else { return }
                diagnostics.append(.warning(
                    .indistinctChoices,
                    "choices \(i + 1) and \(j + 1) of '\(node.id)' are hard to tell apart when typed: \(message)",
                    at: choices[i].location,
                    notes: notes + ["give each choice a distinctive `match` phrase; check with `spar try \(scenario.file) --node \(node.id) \"…\"`"]))
            }
            for i in choices.indices {
                for j in choices.indices where j > i {
                    let similarity = matcher.similarity(choices[i].say, choices[j].say)
                    if similarity >= sayLimit {
                        report(i, j, "their says are \(percent(similarity)) alike")
                    }
                }
                for phrase in choices[i].match {
                    let result = matcher.rank(phrase, node: node.id, available: available)
                    guard let own = result.candidates.first(where: { $0.index == i }) else { continue }
                    for rival in result.candidates where rival.index != i && rival.score >= own.score + 0.05 {
                        report(i, rival.index,
                               "its match phrase '\(phrase)' scores \(format(rival.score)) for choice \(rival.index + 1), \(format(own.score)) for its own",
                               notes: rival.matched.isEmpty ? [] : ["shared: \(rival.matched.joined(separator: ", "))"])
                    }
                }
            }
        }
        return diagnostics
    }

    private static func format(_ score: Double) -> String { String(format: "%.2f", score) }
    private static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
