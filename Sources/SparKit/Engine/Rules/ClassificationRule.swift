import SalesMethod

/// A/B/C/D against the facts revealed so far: forward and reverse reasons; a D judged A is the costliest mistake.
public enum ClassificationRule {
    /// `unknownFacts`: the facts the answer names as not yet known ("预算还不清楚", "not sure he's the
    /// first KP"); a "not yet known" scores fully only when it names a fact that is still missing.
    public static func score(given: CustomerClass, reasons: [ClassificationReason], unknownFacts: [AccountFact] = [],
                             facts: AccountFacts, language: Language) -> [Award] {
        let expected = Classifier.classify(facts)
        var awards: [Award] = []
        let right = expected.customerClass
        if given == right {
            awards.append(Award(.classification, 3, rule: "classification.right", args: ["class": right.rawValue],
                                language: language))
        } else if right == .d && given == .a {
            awards.append(Award(.classification, -5, rule: "classification.d_as_a", args: [:], language: language))
        } else {
            awards.append(Award(.classification, -3, rule: "classification.wrong",
                                args: ["given": given.rawValue, "expected": right.rawValue], language: language))
        }
        if right == .unknown {
            if given == .unknown, let first = expected.pending.first {
                // Saying "not yet known" is half the judgement; knowing what to find out next is the other half.
                if let named = expected.pending.first(where: { unknownFacts.contains($0) }) {
                    awards.append(Award(.classification, 1, rule: "classification.missing_named", args: ["fact": named.rawValue],
                                        language: language))
                } else {
                    awards.append(Award(.classification, -1, rule: "classification.missing_unnamed", args: ["fact": first.rawValue],
                                        language: language))
                }
            }
        } else {
            // For a D the deciding facts are the ones that fail: reverse reasons ("why is he not an A?").
            let forward = right == .d ? [] : Set(expected.holds)
            for reason in expected.expectedReasons {
                let args = ["direction": forward.contains(reason) ? "forward" : "reverse", "reason": reason.rawValue]
                if reasons.contains(where: { Classification.reason($0, covers: reason) }) {
                    awards.append(Award(.classification, 1, rule: "classification.reason_right", args: args, language: language))
                } else {
                    awards.append(Award(.classification, -1, rule: "classification.reason_missing", args: args, language: language))
                }
            }
        }
        // A reason outside the class's rule is no mistake while it is true or not yet known ("sees
        // value" for an A); one that contradicts a known fact is.
        for reason in reasons where !expected.expectedReasons.contains(where: { Classification.reason(reason, covers: $0) })
            && reason.truth(in: facts) == .no {
            awards.append(Award(.classification, -1, rule: "classification.reason_wrong", args: ["reason": reason.rawValue],
                                language: language))
        }
        return awards
    }

    /// The most a full, right answer earns for these facts.
    public static func best(for facts: AccountFacts) -> Int {
        let expected = Classifier.classify(facts)
        if expected.customerClass == .unknown { return 3 + (expected.pending.isEmpty ? 0 : 1) }
        return 3 + expected.expectedReasons.count
    }
}
