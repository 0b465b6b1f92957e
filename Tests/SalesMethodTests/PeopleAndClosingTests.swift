import Testing
import SalesMethod

@Test func rolesCarryTheOrgChartLetter() {
    #expect(BuyerRole.allCases.map(\.letter) == ["A", "D", "E", "I", "U", nil, nil])
    for role in BuyerRole.allCases {
        if let letter = role.letter { #expect(BuyerRole.parse(letter) == role) }
    }
    #expect(BuyerRole.parse("决定者") == .decisionMaker)
    #expect(BuyerRole.parse("采购者") == .purchaser)
}

@Test func attitudesKnowSponsorsAndOpponents() {
    #expect(Attitude.allCases.filter(\.isSponsor) == [.powerSponsor, .sponsor])
    #expect(Attitude.allCases.filter(\.isAgainst) == [.nonSupporter, .hostile])
    let byAbbreviation: [(String, Attitude)] = [("PS", .powerSponsor), ("SN", .sponsor), ("SP", .supporter), ("N", .neutral), ("H", .hostile)]
    for (text, attitude) in byAbbreviation { #expect(Attitude.parse(text) == attitude) }
    #expect(Attitude.parse("内线") == .supporter)
    #expect(Attitude.parse("中立") == .neutral)
    #expect(Attitude.parse("中立者") == .neutral)
    #expect(Attitude.parse("不支持者") == .nonSupporter)
    #expect(Attitude.parse("反对者") == .hostile)
}

@Test func stylesParseFromTheirChineseNames() {
    let expected: [(String, CommunicationStyle)] = [("表达型", .expressive), ("控制型", .driver), ("友善型", .amiable), ("分析型", .analytical)]
    for (text, style) in expected { #expect(CommunicationStyle.parse(text) == style) }
}

@Test func signalsAreVerbalOrNonVerbal() {
    #expect(BuyingSignal.allCases.filter { $0.kind == .verbal }
        == [.asksPrice, .asksDiscount, .asksDelivery, .asksPaymentTerms, .asksAfterSales, .agreesBenefit])
    #expect(BuyingSignal.allCases.filter { $0.kind == .nonVerbal } == [.leansForward, .nods, .relaxes, .opensHands])
    #expect(BuyingSignal.parse("有没有折扣") == .asksDiscount)
}

@Test func laerStepsAreOrderedAndErrorsAreNotSteps() {
    #expect(ObjectionHandling.allCases.filter(\.isLAERStep) == [.listen, .acknowledge, .explore, .respond])
    #expect(ObjectionHandling.allCases.compactMap(\.laerOrder) == [0, 1, 2, 3])
    #expect(ObjectionHandling.argue.laerOrder == nil)
    #expect(!ObjectionHandling.concede.isLAERStep)
}

@Test func fishPondStepsAreOrdered() {
    #expect(FishPondStep.allCases.map(\.order) == Array(0...5))
    #expect(FishPondStep.choosePond < .managePond)
    #expect(FishPondStep.parse("管理鱼塘") == .managePond)
}
