import Testing
import SalesMethod

@Test func firstKPWithNeedAndMeansIsAEvenBeforeValueIsKnown() {
    for seesValue in [FactValue.yes, .unknown] {
        let result = Classifier.classify(AccountFacts(kp: .first, need: .yes, canPay: .yes, seesValue: seesValue))
        #expect(result.customerClass == .a)
        #expect(result.holds == [.kpFirst, .need, .canPay])
        #expect(result.fails == [])
        #expect(result.pending == [])
        #expect(result.cycleDays == 7...10)
    }
}

@Test func secondKPWithAllThreeIsB() {
    let result = Classifier.classify(AccountFacts(kp: .second, need: .yes, canPay: .yes, seesValue: .yes))
    #expect(result.customerClass == .b)
    #expect(result.holds == [.kpSecond, .need, .canPay, .seesValue])
    #expect(result.fails == [.notKPFirst])
    #expect(result.pending == [])
    #expect(result.cycleDays == 20...20)
}

@Test func thirdKPWithAllThreeIsC() {
    let result = Classifier.classify(AccountFacts(kp: .third, need: .yes, canPay: .yes, seesValue: .yes))
    #expect(result.customerClass == .c)
    #expect(result.holds == [.kpThird, .need, .canPay, .seesValue])
    #expect(result.fails == [.notKPFirst])
    #expect(result.cycleDays == 30...30)
}

@Test func anyFailingFactMakesD() {
    let noValue = Classifier.classify(AccountFacts(kp: .first, need: .yes, canPay: .yes, seesValue: .no))
    #expect(noValue.customerClass == .d)
    #expect(noValue.holds == [.noValue])
    #expect(noValue.fails == [.noValue])
    #expect(noValue.cycleDays == nil)

    let noNeed = Classifier.classify(AccountFacts(need: .no))
    #expect(noNeed.customerClass == .d)
    #expect(noNeed.holds == [.noNeed])
    #expect(noNeed.pending == [])

    let cannotPay = Classifier.classify(AccountFacts(kp: .second, need: .yes, canPay: .no, seesValue: .yes))
    #expect(cannotPay.holds == [.cannotPay])
}

@Test func severalFailingFactsAreListedInFactOrder() {
    let result = Classifier.classify(AccountFacts(kp: .third, need: .no, canPay: .no, seesValue: .no))
    #expect(result.customerClass == .d)
    #expect(result.holds == [.noNeed, .cannotPay, .noValue])
    #expect(result.fails == [.noNeed, .cannotPay, .noValue])
    #expect(result.expectedReasons == [.noNeed, .cannotPay, .noValue])
}

@Test func secondKPWithValueUnknownIsNotYetKnown() {
    let result = Classifier.classify(AccountFacts(kp: .second, need: .yes, canPay: .yes, seesValue: .unknown))
    #expect(result.customerClass == .unknown)
    #expect(result.pending == [.seesValue])
    #expect(result.holds == [.kpSecond, .need, .canPay])
    #expect(result.fails == [])
}

@Test func allUnknownIsNotYetKnownWithEveryDecidingFactPending() {
    let result = Classifier.classify(AccountFacts())
    #expect(result.customerClass == .unknown)
    #expect(result.pending == [.kp, .need, .canPay, .seesValue])
    #expect(result.holds == [])
    #expect(result.fails == [])
    #expect(result.cycleDays == nil)
}

@Test func firstKPDoesNotWaitForValue() {
    let result = Classifier.classify(AccountFacts(kp: .first, need: .yes, canPay: .unknown, seesValue: .unknown))
    #expect(result.customerClass == .unknown)
    #expect(result.pending == [.canPay])
    #expect(result.holds == [.kpFirst, .need])
}

@Test func unknownRankIsPendingEvenWhenTheOtherFactsHold() {
    let result = Classifier.classify(AccountFacts(kp: nil, need: .yes, canPay: .yes, seesValue: .yes))
    #expect(result.customerClass == .unknown)
    #expect(result.pending == [.kp])
    #expect(result.holds == [.need, .canPay, .seesValue])
}

@Test func classesCarryCycleAndDifficulty() {
    #expect(CustomerClass.allCases.map(\.difficulty) == [1.0, 2.0, 3.0, nil, nil])
    #expect(CustomerClass.d.cycleDays == nil)
    #expect(CustomerClass.unknown.cycleDays == nil)
    #expect(CustomerClass.a.name.text(.zh) == "A类客户")
    #expect(CustomerClass.unknown.name.text(.en) == "not yet known")
    for text in ["a", "A类", "class a"] { #expect(CustomerClass.parse(text) == .a) }
    for text in ["未知", "不确定", "?", "not yet known", "unknown", "尚不能判断"] {
        #expect(CustomerClass.parse(text) == .unknown)
    }
}

@Test func decidingFactsAreTheFourClassificationFacts() {
    #expect(AccountFact.allCases.filter(\.decidesClass) == [.need, .canPay, .seesValue, .kp])
    let facts = AccountFacts(kp: .third, need: .no)
    #expect(facts.isKnown(.kp) && facts.isKnown(.need))
    #expect(!facts.isKnown(.canPay) && !facts.isKnown(.budget))
}
