import SalesMethod

/// A/B/C/D against the facts revealed so far (seed 001): forward and reverse reasons; a D judged A is the costliest mistake.
public enum ClassificationRule {
    public static func score(given: CustomerClass, reasons: [ClassificationReason], facts: AccountFacts,
                             language: Language) -> [Award] {
        let expected = Classifier.classify(facts)
        var awards: [Award] = []
        let right = expected.customerClass
        if given == right {
            awards.append(Award(.classification, 3, rule: "classification.right",
                                reason: text(language, "分类正确：\(right.name.zh)", "right class: \(right.name.en)")))
        } else if right == .d && given == .a {
            awards.append(Award(.classification, -5, rule: "classification.d_as_a",
                                reason: text(language, "把D类当A类：至少浪费3小时，本可开发一两个A类客户",
                                             "judged a D as an A: at least 3 hours wasted that could have opened one or two A's")))
        } else {
            awards.append(Award(.classification, -3, rule: "classification.wrong",
                                reason: text(language, "分类错误：判为\(given.name.zh)，按已知事实应为\(right.name.zh)",
                                             "wrong class: \(given.name.en); the known facts make it \(right.name.en)")))
        }
        guard right != .unknown else { return awards }
        // For a D the deciding facts are the ones that fail: reverse reasons ("why is he not an A?").
        let forward = right == .d ? [] : Set(expected.holds)
        for reason in expected.expectedReasons {
            let direction = forward.contains(reason) ? text(language, "正向", "forward") : text(language, "反向", "reverse")
            if reasons.contains(where: { Classification.reason($0, covers: reason) }) {
                awards.append(Award(.classification, 1, rule: "classification.reason_right",
                                    reason: text(language, "\(direction)判断：\(reason.name.zh)", "\(direction) reason: \(reason.name.en)")))
            } else {
                awards.append(Award(.classification, -1, rule: "classification.reason_missing",
                                    reason: text(language, "缺少\(direction)判断：\(reason.name.zh)", "missing \(direction) reason: \(reason.name.en)")))
            }
        }
        for reason in reasons where !expected.expectedReasons.contains(where: { Classification.reason(reason, covers: $0) })
            && reason.truth(in: facts) != .yes {
            awards.append(Award(.classification, -1, rule: "classification.reason_wrong",
                                reason: text(language, "理由不成立：\(reason.name.zh)", "reason does not hold: \(reason.name.en)")))
        }
        return awards
    }

    /// The most a full, right answer earns for these facts.
    public static func best(for facts: AccountFacts) -> Int {
        let expected = Classifier.classify(facts)
        return 3 + (expected.customerClass == .unknown ? 0 : expected.expectedReasons.count)
    }
}
