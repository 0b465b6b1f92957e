import SalesMethod
@testable import SparKit
import Testing

/// docs/method.md "Scoring rules", classification rows: right class for the revealed facts
/// (incl. "not yet known") +3; each right reason +1; each missing reason, and each reason a known
/// fact contradicts, −1; "not yet known" ±1 for naming the missing fact or not; wrong class −3; a D judged A −5.
@Suite struct ClassificationRuleTests {
    static let aFacts = AccountFacts(kp: .first, need: .yes, canPay: .yes, seesValue: .unknown)
    static let bFacts = AccountFacts(kp: .second, need: .yes, canPay: .yes, seesValue: .yes)
    static let cFacts = AccountFacts(kp: .third, need: .yes, canPay: .yes, seesValue: .yes)
    static let dFacts = AccountFacts(kp: .first, need: .no, canPay: .yes, seesValue: .yes)
    static let undecided = AccountFacts(kp: nil, need: .yes, canPay: .unknown, seesValue: .unknown)

    func score(_ given: CustomerClass, _ reasons: [ClassificationReason], _ facts: AccountFacts) -> [Award] {
        ClassificationRule.score(given: given, reasons: reasons, facts: facts, language: .zh)
    }

    @Test func rightClassWithEveryReasonScoresThreePlusOneEach() {
        let awards = score(.a, [.kpFirst, .need, .canPay], Self.aFacts)
        #expect(summary(awards) == [
            "classification.right:+3",
            "classification.reason_right:+1", "classification.reason_right:+1", "classification.reason_right:+1",
        ])
        #expect(awards.allSatisfy { $0.dimension == .classification })
        #expect(awards.reduce(0) { $0 + $1.points } == 6)
    }

    @Test func aBNamesFourReasonsAndNotKPFirstCountsForSecondKP() {
        #expect(score(.b, [.kpSecond, .need, .canPay, .seesValue], Self.bFacts).reduce(0) { $0 + $1.points } == 7)
        #expect(score(.b, [.notKPFirst, .need, .canPay, .seesValue], Self.bFacts).reduce(0) { $0 + $1.points } == 7)
        #expect(score(.c, [.kpThird, .need, .canPay, .seesValue], Self.cFacts).reduce(0) { $0 + $1.points } == 7)
    }

    @Test func eachMissingReasonCostsOne() {
        let awards = score(.b, [.need], Self.bFacts)
        #expect(summary(awards).sorted() == [
            "classification.reason_missing:-1", "classification.reason_missing:-1", "classification.reason_missing:-1",
            "classification.reason_right:+1", "classification.right:+3",
        ])
        #expect(awards.first { $0.rule == "classification.reason_missing" }?.reason.contains("缺少") == true)
    }

    @Test func aReasonThatContradictsAKnownFactCostsOne() {
        let facts = AccountFacts(kp: .first, need: .yes, canPay: .yes, seesValue: .yes)
        let awards = score(.a, [.kpFirst, .need, .canPay, .noValue], facts)
        #expect(summary(awards.filter { $0.rule == "classification.reason_wrong" }) == ["classification.reason_wrong:-1"])
        #expect(awards.reduce(0) { $0 + $1.points } == 5)
    }

    @Test func aReasonOutsideTheRuleThatIsNotYetKnownIsNoMistake() {
        // sees_value is not known yet: "sees value" or "no value" for an A claims nothing the facts deny.
        #expect(score(.a, [.kpFirst, .need, .canPay, .seesValue], Self.aFacts).reduce(0) { $0 + $1.points } == 6)
        #expect(score(.a, [.kpFirst, .need, .canPay, .noValue], Self.aFacts).reduce(0) { $0 + $1.points } == 6)
    }

    @Test func aTrueButUnneededReasonIsNotPenalised() {
        let facts = AccountFacts(kp: .first, need: .yes, canPay: .yes, seesValue: .yes)
        let awards = score(.a, [.kpFirst, .need, .canPay, .seesValue], facts)
        #expect(awards.reduce(0) { $0 + $1.points } == 6)
        #expect(!awards.contains { $0.points < 0 })
    }

    @Test func wrongClassCostsThree() {
        let awards = score(.c, [], Self.bFacts)
        #expect(awards.first.map { summary([$0]) } == ["classification.wrong:-3"])
        #expect(!awards.contains { $0.rule == "classification.right" })
        #expect(score(.b, [], Self.aFacts).first?.points == -3)
        #expect(score(.a, [], Self.dFacts.with(kp: .second)).first?.points == -5, "any D judged A")
    }

    @Test func aDJudgedAIsTheCostliestMistake() {
        let awards = score(.a, [.kpFirst, .need, .canPay], Self.dFacts)
        #expect(awards.first.map { summary([$0]) } == ["classification.d_as_a:-5"])
        #expect(awards.first?.reason.contains("把D类当A类") == true)
        #expect(!awards.contains { $0.rule == "classification.wrong" })
        // need is "no": naming "need" is a wrong reason; "no need" is missing.
        #expect(summary(awards).sorted() == [
            "classification.d_as_a:-5", "classification.reason_missing:-1", "classification.reason_wrong:-1",
        ])
        // Other wrong answers for a D are ordinary wrong classes.
        #expect(score(.b, [], Self.dFacts).first?.points == -3)
        #expect(score(.unknown, [], Self.dFacts).first?.points == -3)
    }

    @Test func aDWithTheRightReasonScoresFour() {
        #expect(summary(score(.d, [.noNeed], Self.dFacts)) == ["classification.right:+3", "classification.reason_right:+1"])
    }

    @Test func notYetKnownScoresFullyOnlyWithTheMissingFactNamed() {
        let unnamed = score(.unknown, [], Self.undecided)
        #expect(summary(unnamed) == ["classification.right:+3", "classification.missing_unnamed:-1"])
        #expect(unnamed.last?.args?["fact"] == "kp", "the first missing fact is the one to find out next")
        let named = ClassificationRule.score(given: .unknown, reasons: [], unknownFacts: [.canPay], facts: Self.undecided,
                                             language: .zh)
        #expect(summary(named) == ["classification.right:+3", "classification.missing_named:+1"])
        #expect(named.last?.reason.contains("购买能力") == true)
        // Naming a fact that is already known is not naming what is missing.
        let known = ClassificationRule.score(given: .unknown, reasons: [], unknownFacts: [.need], facts: Self.undecided,
                                             language: .zh)
        #expect(summary(known) == ["classification.right:+3", "classification.missing_unnamed:-1"])
        // Forward reasons are not scored while the class is undecided; one the facts deny still costs.
        #expect(summary(score(.unknown, [.need, .kpFirst], Self.undecided))
            == ["classification.right:+3", "classification.missing_unnamed:-1"])
        #expect(summary(score(.unknown, [.noNeed], Self.undecided)).contains("classification.reason_wrong:-1"))
    }

    @Test func aClassWhileADecidingFactIsUnknownIsWrong() {
        #expect(summary(score(.a, [.kpFirst, .need, .canPay], Self.undecided)) == ["classification.wrong:-3"])
        // And "not yet known" is wrong once the facts decide it.
        #expect(score(.unknown, [], Self.aFacts).first?.points == -3)
    }

    @Test func bestIsThreePlusTheExpectedReasons() {
        #expect(ClassificationRule.best(for: Self.aFacts) == 6)
        #expect(ClassificationRule.best(for: Self.bFacts) == 7)
        #expect(ClassificationRule.best(for: Self.dFacts) == 4)
        #expect(ClassificationRule.best(for: AccountFacts(kp: .first, need: .no, canPay: .no, seesValue: .no)) == 6)
        #expect(ClassificationRule.best(for: Self.undecided) == 4)
    }
}

private extension AccountFacts {
    func with(kp: KPRank?) -> AccountFacts {
        AccountFacts(kp: kp, need: need, canPay: canPay, seesValue: seesValue)
    }
}
