import Testing
import SalesMethod

/// Every identifier type of the module; the catalog test checks the catalog lists the same ones.
func allIdentifierTypes() -> [any MethodIdentifier.Type] {
    [
        LifecycleStage.self, LifecycleTask.self, BuyingPhase.self, SalesStep.self, SyncPoint.self,
        SyncStatus.self, SalesValue.self, KPRank.self, FactValue.self, AccountFact.self,
        CustomerClass.self, ClassificationReason.self, BuyerRole.self, Attitude.self,
        CommunicationStyle.self, DemandLevel.self, BuyingSignal.self, SignalKind.self,
        ClosingTechnique.self, ObjectionKind.self, ObjectionHandling.self, AppointmentMethod.self,
        FishPondStep.self,
    ]
}

/// Spellings of `T` that parse to a different value than the one that declares them.
private func misparsedSpellings<T: MethodIdentifier>(_ type: T.Type) -> [String] {
    var problems: [String] = []
    for value in T.allCases {
        let variants = value.spellings.flatMap { [$0, $0.uppercased(), "  \($0)\t"] }
            + [value.rawValue.replacingOccurrences("_", with: " "), value.rawValue.replacingOccurrences("_", with: "-")]
        for text in variants where T.parse(text) != value {
            problems.append("\(T.self): \"\(text)\" → \(T.parse(text).map { "\($0.rawValue)" } ?? "nil"), expected \(value.rawValue)")
        }
    }
    return problems
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

@Test func everyIdNameAndAliasParsesBackToItsOwnValue() {
    let problems = allIdentifierTypes().flatMap { misparsedSpellings($0) }
    #expect(problems == [])
}

@Test func namesAreFilledInAndDistinctWithinEachType() {
    func check<T: MethodIdentifier>(_ type: T.Type) -> [String] {
        var problems: [String] = []
        for language in Language.allCases {
            let names = T.allCases.map { $0.name.text(language) }
            if names.contains(where: \.isEmpty) { problems.append("\(T.self) has an empty \(language) name") }
            if Set(names).count != names.count { problems.append("\(T.self) repeats a \(language) name") }
        }
        return problems
    }
    #expect(allIdentifierTypes().flatMap { check($0) } == [])
}

@Test func parseRejectsUnknownAndEmptyText() {
    #expect(BuyerRole.parse("") == nil)
    #expect(BuyerRole.parse("   ") == nil)
    #expect(BuyerRole.parse("janitor") == nil)
    #expect(LifecycleStage.parse("stranger stage x") == nil)
    // Separators fold only between words; they do not vanish.
    #expect(BuyerRole.parse("decisionmaker") == nil)
}

@Test func parseAcceptsSeparatorVariantsAndCase() {
    #expect(BuyerRole.parse("Decision-Maker") == .decisionMaker)
    #expect(BuyerRole.parse("decision   maker") == .decisionMaker)
    #expect(BuyerRole.parse(" DECISION_MAKER ") == .decisionMaker)
    #expect(SyncPoint.parse("f") == .f)
    #expect(CustomerClass.parse("？") == .unknown)
}

@Test func zhNamesParse() {
    #expect(LifecycleStage.parse("考察期") == .investigation)
    #expect(LifecycleTask.parse("提交初步方案") == .initialProposal)
    #expect(BuyingPhase.parse("项目立项") == .projectStart)
    #expect(SalesStep.parse("缘由") == .justification)
    #expect(SalesValue.parse("价值证明") == .proof)
    #expect(CustomerClass.parse("B类客户") == .b)
    #expect(ClassificationReason.parse("不认可产品价值") == .noValue)
    #expect(BuyerRole.parse("知情者") == .insider)
    #expect(Attitude.parse("坚定赞助者") == .powerSponsor)
    #expect(CommunicationStyle.parse("控制型") == .driver)
    #expect(DemandLevel.parse("高级") == .advanced)
    #expect(ClosingTechnique.parse("顺水推舟法") == .goWithFlow)
    #expect(AppointmentMethod.parse("托约") == .proxy)
    #expect(FishPondStep.parse("抓潜") == .capture)
}

@Test func identifiersListRawIdsInDeclarationOrder() {
    #expect(LifecycleStage.identifiers == ["stranger", "establishment", "investigation", "growth", "maturity"])
    #expect(SyncPoint.identifiers == ["F", "E", "D", "C", "B", "A"])
    #expect(CustomerClass.identifiers == ["A", "B", "C", "D", "unknown"])
}

@Test func suggestionsOfferNearIdsOnly() {
    #expect(BuyerRole.suggestions(for: "evaluater").first == "evaluator")
    #expect(Attitude.suggestions(for: "non supporer").first == "non_supporter")
    #expect(BuyerRole.suggestions(for: "xyzzy") == [])
    #expect(BuyerRole.suggestions(for: "") == [])
}
