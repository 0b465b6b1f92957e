import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// docs/method.md "Scoring rules", objection rows: acknowledge/explore before respond +2 (once);
/// respond with no explore −1; argue −2; concede at once −2.
@Suite struct ObjectionRuleTests {
    let open = ObjectionProgress(kind: .price)
    let explored = ObjectionProgress(kind: .price, explored: true)

    func score(_ handles: ObjectionHandling?, close: ClosingTechnique? = nil,
               _ progress: ObjectionProgress?) -> ObjectionRule.Outcome {
        ObjectionRule.score(handles: handles, close: close, progress: progress, language: .zh)
    }

    @Test(arguments: [ObjectionHandling.acknowledge, .explore])
    func acknowledgingOrExploringFirstScoresTwo(handles: ObjectionHandling) {
        let outcome = score(handles, open)
        #expect(summary(outcome.awards) == ["objection.laer:+2"])
        #expect(outcome.awards.first?.dimension == .objection)
        #expect(outcome.awards.first?.reason.contains("LAER") == true)
        #expect(outcome.progress == ObjectionProgress(kind: .price, explored: true))
    }

    @Test func exploringAgainScoresNothingMore() {
        #expect(score(.explore, explored).awards.isEmpty)
        #expect(score(.acknowledge, explored).awards.isEmpty)
    }

    /// Answering is the trainee's part; the objection stays open until the customer accepts the answer.
    @Test func respondingAfterExploringAnswersButLeavesItOpen() {
        let outcome = score(.respond, explored)
        #expect(outcome.awards.isEmpty)
        #expect(outcome.progress == ObjectionProgress(kind: .price, explored: true, answered: true))
    }

    @Test func respondingWithoutExploringCostsOne() {
        let outcome = score(.respond, open)
        #expect(summary(outcome.awards) == ["objection.unexplored:-1"])
        #expect(outcome.progress == ObjectionProgress(kind: .price, answered: true))
    }

    /// Once answered, handling the same objection again is not scored again (LAER counts before the answer).
    @Test func anAnsweredObjectionIsNotScoredAgain() {
        let answered = ObjectionProgress(kind: .price, answered: true)
        for handles in ObjectionHandling.allCases {
            let outcome = score(handles, close: .concession, answered)
            #expect(outcome.awards.isEmpty, "\(handles)")
            #expect(outcome.progress == answered)
        }
    }

    @Test func arguingCostsTwoEvenAfterExploring() {
        for progress in [open, explored] {
            let outcome = score(.argue, progress)
            #expect(summary(outcome.awards) == ["objection.argue:-2"])
            #expect(outcome.progress == progress, "the objection stays open")
        }
    }

    @Test func concedingAtOnceCostsTwo() {
        let outcome = score(.concede, open)
        #expect(summary(outcome.awards) == ["objection.concede:-2"])
        #expect(outcome.progress?.answered == true)
    }

    @Test func concedingAfterExploringIsNotPenalised() {
        let outcome = score(.concede, explored)
        #expect(outcome.awards.isEmpty)
        #expect(outcome.progress?.answered == true)
    }

    @Test func aConcessionCloseOnAnUnexploredObjectionIsConcedingAtOnce() {
        let outcome = score(nil, close: .concession, open)
        #expect(summary(outcome.awards) == ["objection.concede:-2"])
        #expect(outcome.progress?.answered == true)
        // After exploring, a concession close is a close like any other.
        #expect(score(nil, close: .concession, explored).awards.isEmpty)
        // Other closes do not concede.
        #expect(score(nil, close: .assumptive, open).awards.isEmpty)
    }

    @Test func listeningScoresNothing() {
        let outcome = score(.listen, open)
        #expect(outcome.awards.isEmpty)
        #expect(outcome.progress == open)
    }

    @Test func noOpenObjectionNoScore() {
        for handles in ObjectionHandling.allCases {
            let outcome = score(handles, close: .concession, nil)
            #expect(outcome.awards.isEmpty, "\(handles)")
            #expect(outcome.progress == nil)
        }
    }

    /// mini.yaml: "我们可以给您打九折" (`close: concession`) answers the open price objection at once.
    @Test func sessionPenalisesAConcessionCloseOnTheOpenObjection() throws {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        _ = session.handle("2")
        #expect(summary(session.events(rule: "objection.concede")) == ["objection.concede:-2"])
        #expect(session.state.objection?.answered == true)
    }

    /// mini.yaml: exploring the price objection scores +2 once; the customer then lets it go
    /// (`metrics` resolves it) while showing buying signals, which are the moment to close.
    @Test func sessionScoresExploringTheOpenObjection() throws {
        var session = Session(scenario: try miniScenario())
        _ = session.begin()
        _ = session.handle("1")
        #expect(summary(session.events(rule: "objection.laer")) == ["objection.laer:+2"])
        #expect(session.state.objection == nil)
        #expect(session.state.opportunity == .signals([.leansForward, .asksDelivery]))
    }

    /// The whole LAER sequence in play: explore +2, then respond with no penalty.
    @Test func exploreThenRespondInPlay() throws {
        let scenario = try requireScenario("""
        id: laer
        title: LAER
        contacts:
          li: { name: 李工, role: evaluator, attitude: neutral, style: analytical }
        start: a
        nodes:
          a:
            speaker: li
            line: 太贵了。
            objection: price
            choices:
              - { say: 您是和哪家比较的？, handles: explore, goto: b }
              - { say: 我们的质量更好。, handles: respond, goto: b }
              - { say: 不贵，您算错了。, handles: argue, goto: b }
          b:
            speaker: li
            line: 和另一家比。
            choices:
              - { say: 看总拥有成本，我们更低。, handles: respond, goto: c }
          c:
            end: lost
        """)
        var good = Session(scenario: scenario)
        _ = good.begin()
        _ = good.handle("1")
        _ = good.handle("1")
        #expect(summary(good.state.events.filter { $0.dimension == .objection }) == ["objection.laer:+2"])

        var hasty = Session(scenario: scenario)
        _ = hasty.begin()
        _ = hasty.handle("2")
        #expect(summary(hasty.state.events.filter { $0.dimension == .objection }) == ["objection.unexplored:-1"])

        var argues = Session(scenario: scenario)
        _ = argues.begin()
        _ = argues.handle("3")
        _ = argues.handle("1")
        #expect(summary(argues.state.events.filter { $0.dimension == .objection })
            == ["objection.argue:-2", "objection.unexplored:-1"])
    }

    // MARK: - The customer removes the objection

    /// A price objection answered two ways: the customer accepts one answer (`resolves: price`)
    /// and hesitates at the other; each is followed by the same close.
    static let resolution = """
    id: resolves
    title: 异议消除
    meeting: { minutes: 60, closing_window: 10 }
    contacts:
      zhao: { name: 赵经理, role: purchaser, attitude: sponsor, style: amiable }
    start: price
    nodes:
      price:
        speaker: zhao
        line: 太贵了。
        objection: price
        choices:
          - { say: 您是和哪家比的？, handles: explore, goto: explained }
      explained:
        speaker: zhao
        line: 浙江那家便宜15%。
        choices:
          - { say: 三年总成本我们低12%，这张表给您。, handles: respond, goto: accepts }
          - { say: 换了就换了，有问题找我。, handles: respond, goto: hesitates }
      accepts:
        speaker: zhao
        resolves: price
        line: 这样算的话，我能跟领导交代。
        choices:
          - { say: 那我们就按这个方案定下来？, close: assumptive, goto: done }
      hesitates:
        speaker: zhao
        line: 我还是想回去再比一比。
        choices:
          - { say: 那我们就按这个方案定下来？, close: assumptive, goto: done }
      done:
        end: next_meeting
    """

    @Test func aCloseAfterTheCustomerAcceptsTheAnswerScoresAsAfterARemovedObjection() throws {
        var session = Session(scenario: try requireScenario(Self.resolution))
        _ = session.begin()
        _ = session.handle("1")
        _ = session.handle("1")
        #expect(session.state.objection == nil, "resolved by the customer")
        #expect(session.state.opportunity == .objectionRemoved)
        _ = session.handle("1")
        #expect(summary(session.events(rule: "closing.after_objection")) == ["closing.after_objection:+3"])
    }

    @Test func anAnswerTheCustomerDoesNotAcceptLeavesTheObjectionOpen() throws {
        var session = Session(scenario: try requireScenario(Self.resolution))
        _ = session.begin()
        _ = session.handle("1")
        _ = session.handle("2")
        #expect(session.state.objection == ObjectionProgress(kind: .price, explored: true, answered: true))
        #expect(session.state.opportunity == nil)
        _ = session.handle("1")
        #expect(session.events(rule: "closing.after_objection").isEmpty)
        #expect(summary(session.events(rule: "closing.premature")) == ["closing.premature:-2"])
    }

    /// `spar lint`: an objection no later node resolves (SP0033), and none once a node does.
    @Test func lintWarnsAboutAnObjectionNoPathResolves() throws {
        let resolved = try requireScenario(Self.resolution)
        #expect(!ScenarioValidator.warnings(for: resolved).contains { $0.code == .objectionNeverResolved })
        let unresolved = try requireScenario(Self.resolution.replacingOccurrences(of: "    resolves: price\n", with: ""))
        let warnings = ScenarioValidator.warnings(for: unresolved).filter { $0.code == .objectionNeverResolved }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.line == 8)
    }
}
