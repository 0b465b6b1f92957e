import SalesMethod

/// The method's worst errors: each is named on the scorecard and, unless the scenario relaxes it
/// (`settings.critical_errors_block: false`), keeps a session from passing whatever its score.
public enum CriticalError: String, Sendable, Hashable, Codable, CaseIterable {
    /// A D account judged A at a checkpoint: at least three hours spent on a customer who cannot buy.
    case dJudgedA = "d_as_a"
    /// A classification checkpoint answered with the wrong class.
    case wrongClassification = "wrong_classification"
    /// The meeting reached a signing with no sponsor among the contacts at that moment: no sponsor, no sale.
    case signedWithoutSponsor = "signed_without_sponsor"

    /// The critical errors of a session so far, each named once, in this order.
    public static func found(in state: SessionState, scenario: Scenario) -> [CriticalError] {
        var found: [CriticalError] = []
        if state.events.contains(where: { $0.rule == "classification.d_as_a" }) { found.append(.dJudgedA) }
        if state.events.contains(where: { $0.rule == "classification.wrong" }) { found.append(.wrongClassification) }
        if let ending = state.ending, scenario.node(ending.node)?.end?.outcome == .signed,
           !state.hasSponsor(among: scenario.contacts) {
            found.append(.signedWithoutSponsor)
        }
        return found
    }

    public func name(_ language: Language) -> String {
        switch self {
        case .dJudgedA: text(language, "把D类客户判断为A类", "a D account judged A")
        case .wrongClassification: text(language, "分类检查点判断错误", "a classification checkpoint answered wrong")
        case .signedWithoutSponsor: text(language, "没有赞助者就签单：没有赞助者就没有订单", "signing with no sponsor: no sponsor, no sale")
        }
    }
}
