import SalesMethod

/// A/B/C/D against the facts revealed so far: forward and reverse reasons; a D judged A is the costliest mistake.
public enum ClassificationRule {
    public static func score(given: CustomerClass, reasons: [ClassificationReason], facts: AccountFacts,
                             language: Language) -> [Award] {
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
        guard right != .unknown else { return awards }
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
        for reason in reasons where !expected.expectedReasons.contains(where: { Classification.reason(reason, covers: $0) })
            && reason.truth(in: facts) != .yes {
            awards.append(Award(.classification, -1, rule: "classification.reason_wrong", args: ["reason": reason.rawValue],
                                language: language))
        }
        return awards
    }

    /// The most a full, right answer earns for these facts.
    public static func best(for facts: AccountFacts) -> Int {
        let expected = Classifier.classify(facts)
        return 3 + (expected.customerClass == .unknown ? 0 : expected.expectedReasons.count)
    }
}
