import Foundation

/// A lint over typed answers: when a choice's own `say`, typed word for word, scores another
/// choice at half its own score or more, or its `match` phrase reads better as another choice, typed
/// paraphrases will keep landing between the two. Authors fix it with distinctive `match`
/// phrases or by rewording. Choices under different `if` conditions are taken as never shown together.
public enum ChoiceDistinctness {
    /// A rival's score for a choice's own say, as a share of the choice's own, at which the two are too close.
    public static let rivalShare = 0.5

    public static func check(_ scenario: Scenario, matcher: ChoiceMatcher? = nil) -> [Diagnostic] {
        let matcher = matcher ?? ChoiceMatcher(scenario: scenario)
        var diagnostics: [Diagnostic] = []
        for node in scenario.nodes where node.choices.count > 1 {
            let available = node.choices.indices.map { (number: $0 + 1, index: $0) }
            var reported: Set<[Int]> = []
            for (i, choice) in node.choices.enumerated() {
                for (k, phrase) in ([choice.say] + choice.match).enumerated() {
                    let result = matcher.rank(phrase, node: node.id, available: available)
                    guard let own = result.candidates.first(where: { $0.index == i }) else { continue }
                    for rival in result.candidates where rival.index != i {
                        // The say must win clearly; a match phrase must at least not read better as another choice.
                        let tooClose = k == 0 ? rival.score >= rivalShare * own.score : rival.score > own.score
                        let other = node.choices[rival.index]
                        let exclusive = choice.condition != nil && other.condition != nil
                            && choice.condition?.source != other.condition?.source
                        let pair = [min(i, rival.index), max(i, rival.index)]
                        guard tooClose, !exclusive, reported.insert(pair).inserted else { continue }
                        let what = k == 0 ? "its say" : "its match phrase '\(phrase)'"
                        diagnostics.append(.warning(
                            .indistinctChoices,
                            "choices \(i + 1) and \(rival.index + 1) of '\(node.id)' are hard to tell apart when typed: "
                                + "\(what) scores \(format(own.score)) for choice \(i + 1) and \(format(rival.score)) for choice \(rival.index + 1)",
                            at: choice.location,
                            notes: (rival.matched.isEmpty ? [] : ["shared: \(rival.matched.joined(separator: ", "))"]) + [
                                    "give each choice a distinctive `match` phrase; check with `spar try \(scenario.file) --node \(node.id) \"…\"`"]))
                    }
                }
            }
        }
        return diagnostics
    }

    private static func format(_ score: Double) -> String { String(format: "%.2f", score) }
}
