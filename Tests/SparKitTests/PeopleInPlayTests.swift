import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// docs/method.md "People": a contact may hold several roles (a map naming any is right);
/// attitudes shift in play (`shifts:`) and the people rule judges a map against the attitude at
/// that moment; "no sponsor, no sale" uses the attitudes as they stand at the signing.
@Suite struct PeopleInPlayTests {
    static let yaml = """
    id: people
    title: 赞助者
    meeting: { minutes: 60, closing_window: 60 }
    contacts:
      wang: { name: 王总, title: 副总, role: [decision_maker, approver], attitude: neutral, style: driver }
      sun:  { name: 孙主任, role: user, attitude: supporter, style: expressive }
      zhao: { name: 赵经理, role: purchaser, attitude: non_supporter, style: amiable }
    start: a
    nodes:
      a:
        speaker: sun
        line: 这事我想推一推。
        choices:
          - { say: 您愿意跟我一起向王总汇报吗？, shifts: { sun: sponsor }, goto: b }
          - { say: 好的，我先回去了。, goto: b }
      b:
        speaker: zhao
        shifts: { zhao: neutral }
        line: 按三年总成本算，我这边能交代。
        choices:
          - { say: 那今天就签了吧。, close: direct_request, goto: signed }
      signed:
        end: signed
    """

    func play(_ inputs: String...) throws -> Session {
        var session = Session(scenario: try requireScenario(Self.yaml))
        _ = session.begin()
        for input in inputs { _ = session.handle(input) }
        return session
    }

    @Test func aListOfRolesLoadsAndASingleRoleStillReads() throws {
        let scenario = try requireScenario(Self.yaml)
        #expect(scenario.contact("wang")?.roles == [.decisionMaker, .approver])
        #expect(scenario.contact("wang")?.role == .decisionMaker)
        #expect(scenario.contact("sun")?.roles == [.user])
    }

    @Test func aMapNamingAnyOfTheRolesIsRight() {
        let vp = Contact(id: "wang", name: "王总", roles: [.decisionMaker, .approver], attitude: .sponsor, style: .driver,
                         location: SparKit.SourceLocation(file: "t.yaml", line: 1, column: 1))
        for role in [BuyerRole.decisionMaker, .approver] {
            let awards = PeopleRule.score(ContactMapping(role: role), of: vp, alreadyScored: ContactMapping(), language: .en)
            #expect(summary(awards) == ["people.right:+1"], "\(role)")
        }
        let wrong = PeopleRule.score(ContactMapping(role: .user), of: vp, alreadyScored: ContactMapping(), language: .en)
        #expect(summary(wrong) == ["people.wrong:-1"])
    }

    @Test func anEmptyRoleListIsALocatedError() {
        let result = loadScenario(yaml: Self.yaml.replacingOccurrences(of: "role: user,", with: "role: [],"))
        let error = result.diagnostics.first { $0.severity == .error }
        #expect(error?.message.contains("at least one role") == true)
        #expect(error?.location.line == 6)
    }

    @Test func aShiftNamingNoContactIsALocatedError() {
        let result = loadScenario(yaml: Self.yaml.replacingOccurrences(of: "shifts: { zhao: neutral }", with: "shifts: { zhou: neutral }"))
        let error = result.diagnostics.first { $0.code == .unknownContact }
        #expect(error?.message == "shifts names no contact: 'zhou'")
        #expect(error?.location.line == 18)
    }

    @Test func aChoiceShiftsAnAttitudeAndTheMapIsJudgedAtThatMoment() throws {
        var before = try play()
        _ = before.handle("/map 孙主任 使用者 支持者")
        #expect(summary(before.state.events) == ["people.right:+1", "people.right:+1"])

        var after = try play("1")
        #expect(after.attitude(of: after.scenario.contact("sun")!) == .sponsor)
        _ = after.handle("/map 孙主任 使用者 支持者")
        #expect(summary(after.state.events.filter { $0.dimension == .people }) == ["people.right:+1", "people.wrong:-1"])
    }

    @Test func aNodeShiftsAnAttitudeOnArrival() throws {
        var session = try play("2")
        #expect(session.state.attitudes == ["zhao": .neutral])
        _ = session.handle("/map 赵经理 中立者")
        #expect(summary(session.state.events.filter { $0.dimension == .people }) == ["people.right:+1"])
    }

    @Test func aSponsorWonInPlayLetsTheDealSign() throws {
        let session = try play("1", "1")
        #expect(session.state.ending?.outcome == .signed)
        #expect(CriticalError.found(in: session.state, scenario: session.scenario).isEmpty)
    }

    @Test func withoutTheSponsorTheSigningIsACriticalError() throws {
        let session = try play("2", "1")
        #expect(session.state.ending?.outcome == .followUp)
        #expect(CriticalError.found(in: session.state, scenario: session.scenario) == [.signedWithoutSponsor])
    }

    @Test func lintDoesNotWarnWhenPlayCanWinASponsor() throws {
        let scenario = try requireScenario(Self.yaml)
        #expect(!ScenarioValidator.methodWarnings(scenario, nil).contains { $0.code == .signedWithoutSponsor })
        let never = try requireScenario(Self.yaml.replacingOccurrences(of: "shifts: { sun: sponsor }, ", with: ""))
        #expect(ScenarioValidator.methodWarnings(never, nil).contains { $0.code == .signedWithoutSponsor })
    }

    @Test func theSearchKeepsStatesThatDifferOnlyInAttitudes() throws {
        let scenario = try requireScenario(Self.yaml)
        var encoder = StateKeyEncoder(space: PlaySpace(scenario: scenario), detail: .exact)
        let won = try play("1").state, lost = try play("2").state
        #expect(won.node == lost.node)
        #expect(encoder.key(won) != encoder.key(lost))
    }

    // MARK: - Shipped scenarios

    @Test func aVPWhoSaysItIsHisDecisionIsADecisionMaker() throws {
        let scenario = try shippedScenario("audit-cold-call-en")
        let richard = try #require(scenario.contact("richard"))
        let awards = PeopleRule.score(ContactMapping(role: .decisionMaker), of: richard, alreadyScored: ContactMapping(),
                                      language: .en)
        #expect(summary(awards) == ["people.right:+1"])
        #expect(try shippedScenario("audit-cold-call").contact("xu")?.roles.contains(.decisionMaker) == true)
    }

    @Test func aDepartmentHeadOnTheBidCommitteeIsUserAndEvaluator() throws {
        #expect(try shippedScenario("tender-evaluation").contact("zheng")?.roles == [.user, .evaluator])
        #expect(try shippedScenario("saas-renewal").contact("maria")?.roles == [.user, .evaluator])
    }

    /// In these shipped scenarios nobody is a sponsor at the start: a path that wins one signs, a
    /// path that reaches the signing without one ends in follow-up with the no-sponsor critical error.
    @Test(arguments: [
        ("saas-renewal", "maria", Attitude.sponsor),
        ("valve-retrofit", "wang", Attitude.powerSponsor),
    ])
    func winningASponsorDecidesTheSigning(id: String, contact: String, won: Attitude) throws {
        let scenario = try shippedScenario(id)
        #expect(!scenario.contacts.contains { $0.attitude.isSponsor })
        let signings = signedPaths(scenario)
        let withSponsor = signings.filter { $0.hasSponsor(among: scenario.contacts) }
        let without = signings.filter { !$0.hasSponsor(among: scenario.contacts) }
        #expect(withSponsor.contains { $0.attitudes[contact] == won })
        #expect(!without.isEmpty)
        for state in withSponsor { #expect(state.ending?.outcome == .signed || state.ending?.outcome == .followUp) }
        for state in without {
            #expect(state.ending?.outcome == .followUp)
            #expect(CriticalError.found(in: state, scenario: scenario).contains(.signedWithoutSponsor))
        }
    }

    /// End states of every path to an authored `signed` ending (loops cut), by the engine itself.
    func signedPaths(_ scenario: Scenario) -> [SessionState] {
        let space = PlaySpace(scenario: scenario)
        var found: [SessionState] = []
        var seen: Set<StateKey> = []
        var encoder = StateKeyEncoder(space: space, detail: .exact)
        var stack = [space.root()]
        while let session = stack.popLast() {
            guard seen.insert(encoder.key(session.state)).inserted else { continue }
            if let ending = session.state.ending {
                if scenario.node(ending.node)?.end?.outcome == .signed { found.append(session.state) }
                continue
            }
            stack += space.moves(from: session).map(\.next)
        }
        return found
    }
}
