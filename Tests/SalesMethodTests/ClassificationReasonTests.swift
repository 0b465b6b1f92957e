import Testing
import SalesMethod

@Test func reasonsReadTheirFact() {
    let facts = AccountFacts(kp: .second, need: .yes, canPay: .no, seesValue: .unknown)
    let truths = ClassificationReason.allCases.map { $0.truth(in: facts) }
    //            kpFirst notKPFirst kpSecond kpThird need noNeed canPay cannotPay seesValue noValue
    #expect(truths == [.no, .yes, .yes, .no, .yes, .no, .no, .yes, .unknown, .unknown])
}

@Test func rankReasonsAreUnknownWhileTheRankIs() {
    let facts = AccountFacts()
    for reason in [ClassificationReason.kpFirst, .notKPFirst, .kpSecond, .kpThird] {
        #expect(reason.truth(in: facts) == .unknown)
        #expect(reason.fact == .kp)
    }
    #expect(ClassificationReason.kpFirst.truth(in: AccountFacts(kp: .first)) == .yes)
    #expect(ClassificationReason.notKPFirst.truth(in: AccountFacts(kp: .first)) == .no)
}

@Test func lowerRankAndNotFirstCoverEachOther() {
    #expect(Classification.reason(.notKPFirst, covers: .kpSecond))
    #expect(Classification.reason(.notKPFirst, covers: .kpThird))
    #expect(Classification.reason(.kpSecond, covers: .notKPFirst))
    #expect(Classification.reason(.kpThird, covers: .notKPFirst))
    #expect(Classification.reason(.need, covers: .need))
    #expect(!Classification.reason(.kpSecond, covers: .kpThird))
    #expect(!Classification.reason(.kpFirst, covers: .notKPFirst))
    #expect(!Classification.reason(.need, covers: .noNeed))
}

@Test func expectedReasonsDropRedundantNotFirst() {
    let b = Classifier.classify(AccountFacts(kp: .second, need: .yes, canPay: .yes, seesValue: .yes))
    #expect(b.expectedReasons == [.kpSecond, .need, .canPay, .seesValue])
    let a = Classifier.classify(AccountFacts(kp: .first, need: .yes, canPay: .yes))
    #expect(a.expectedReasons == [.kpFirst, .need, .canPay])
    let handMade = Classification(customerClass: .b, holds: [.need], fails: [.notKPFirst, .need])
    #expect(handMade.expectedReasons == [.need, .notKPFirst])
}

@Test func missingAndUnsupportedReasonsJudgeAnAnswer() {
    let facts = AccountFacts(kp: .second, need: .yes, canPay: .yes, seesValue: .yes)
    let b = Classifier.classify(facts)
    #expect(b.missingReasons(from: [.notKPFirst, .need, .canPay]) == [.seesValue])
    #expect(b.missingReasons(from: [.kpSecond, .need, .canPay, .seesValue]) == [])
    #expect(Classification.unsupportedReasons([.kpFirst, .need, .noValue], in: facts) == [.kpFirst, .noValue])
}

@Test func reasonsParseFromEverydayWords() {
    let cases: [(String, ClassificationReason)] = [
        ("第一KP", .kpFirst), ("不是第一KP", .notKPFirst), ("非第一KP", .notKPFirst), ("第三KP", .kpThird),
        ("有需求", .need), ("不需要", .noNeed), ("有预算", .canPay), ("付得起", .canPay), ("买得起", .canPay),
        ("没钱", .cannotPay), ("认可价值", .seesValue), ("不认可产品价值", .noValue),
        ("first KP", .kpFirst), ("not the first KP", .notKPFirst), ("has a need", .need), ("no need", .noNeed),
        ("can pay", .canPay), ("cannot pay", .cannotPay), ("sees value", .seesValue), ("no value", .noValue),
    ]
    for (text, reason) in cases {
        #expect(ClassificationReason.parse(text) == reason, "\(text)")
    }
}
