import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// Playing a scenario through `Session`: numbers and typed answers, exam mode, commands,
/// checkpoints, endings, the clock, conditions and variables, hostile input.
@Suite struct SessionTests {
    static let choice1 = NumberedChoice(number: 1, say: "价格确实重要。您评估时最看重哪几项指标？")
    static let choice2 = NumberedChoice(number: 2, say: "我们可以给您打九折。")

    func mini(_ mode: SessionMode = .practice) throws -> Session {
        Session(scenario: try miniScenario(), mode: mode)
    }

    // MARK: - Playing

    /// Exam mode lists no choices, so after a checkpoint the customer's line is said again: the
    /// trainee never faces a bare prompt with nothing to answer. Practice mode shows the choices.
    @Test func afterACheckpointExamModeRepeatsTheCustomersLine() throws {
        var exam = try mini(.exam)
        _ = exam.begin()
        let turn1 = exam.handle("价格确实重要。您评估时最看重哪几项指标？")
        #expect(turn1.contains(.askClassify))
        let spoken = try #require(turn1.compactMap { event -> String? in
            if case .customerSays(_, let line) = event { return line } else { return nil }
        }.last)
        let afterCheckpoint = exam.handle("B 有需求 预算未知")
        #expect(afterCheckpoint.contains { if case .customerSays(_, spoken) = $0 { true } else { false } })
        #expect(afterCheckpoint.last == .awaitingAnswer)

        var practice = try mini()
        _ = practice.begin()
        _ = practice.handle("1")
        let practiceAfter = practice.handle("B 有需求 预算未知")
        #expect(!practiceAfter.contains { if case .customerSays = $0 { true } else { false } })
        #expect(practiceAfter.offeredChoices != nil)
    }

    @Test func playingMiniByNumbersReachesSigned() throws {
        var session = try mini()
        let opening = session.begin()
        #expect(opening.contains(.stageChanged(.investigation)))
        #expect(opening.offeredChoices == [Self.choice1, Self.choice2])
        let turn1 = session.handle("1")
        #expect(turn1.first == .answered(Self.choice1, byNumber: true))
        #expect(turn1.contains(.askClassify))
        #expect(turn1.contains(.cue("王总身体前倾")))
        _ = session.handle("未知 预算不清楚")
        let last = session.handle("1")
        let ending = try #require(last.ending)
        #expect(ending.outcome == .signed)
        #expect(ending.node == "signed")
        #expect(ending.text == "王总当场签了合同。")
        #expect(ending.adjustments.isEmpty)
        #expect(session.isFinished)
        // Stage 2+1, objection 2, discovery 1+2, classification 3+1 (the missing fact named), closing 3, rapport 1.
        let points = Dictionary(uniqueKeysWithValues: ScoreDimension.allCases.map { ($0, session.state.points(in: $0)) })
        #expect(points == [.stage: 3, .classification: 4, .people: 0, .discovery: 3, .objection: 2, .closing: 3, .rapport: 1])
        #expect(session.handle("1") == [.notice(.alreadyEnded)])
    }

    @Test func practiceShowsScoresRightAfterTheAnswer() throws {
        var session = try mini()
        _ = session.begin()
        let events = session.handle("1")
        let answered = try #require(events.firstIndex(of: .answered(Self.choice1, byNumber: true)))
        let firstScore = try #require(events.firstIndex { if case .score = $0 { true } else { false } })
        let customer = try #require(events.firstIndex { if case .customerSays = $0 { true } else { false } })
        #expect(answered < firstScore && firstScore < customer)
        #expect(events.contains(.feedback("先探询再回应。")))
    }

    @Test func aNumberOutOfRangeIsANotice() throws {
        var session = try mini()
        _ = session.begin()
        #expect(session.handle("3") == [.notice(.numberOutOfRange(3, max: 2))])
        #expect(session.state.turn == 0)
    }

    // MARK: - Exam mode and typed answers

    @Test func examRejectsNumbersAndAcceptsTypedText() throws {
        var session = try mini(.exam)
        let opening = session.begin()
        #expect(opening.contains(.awaitingAnswer))
        #expect(opening.offeredChoices == nil)
        #expect(session.handle("1") == [.notice(.typeYourAnswerInExam)])
        #expect(session.state.turn == 0)
        #expect(session.state.node == "opening")

        let events = session.handle("价格确实重要，您最看重哪些指标")
        #expect(events.first == .answered(Self.choice1, byNumber: false))
        #expect(session.state.node == "metrics")
        // Exam keeps feedback and scores for the end.
        #expect(events.scoreEvents.isEmpty)
        #expect(!events.contains(.feedback("先探询再回应。")))
        #expect(session.state.points(in: .objection) == 2)
        #expect(session.state.feedbackLog.map(\.text) == ["先探询再回应。"])
    }

    @Test func anUncertainAnswerAsksWhichThenANumberPicks() throws {
        var session = try mini()
        _ = session.begin()
        let events = session.handle("看重九折")
        guard case .whichDidYouMean(let options)? = events.first else {
            Issue.record("expected whichDidYouMean, got \(events)")
            return
        }
        #expect(Set(options) == [Self.choice1, Self.choice2])
        #expect(session.state.turn == 0)
        let picked = session.handle("2")
        #expect(picked.first == .answered(Self.choice2, byNumber: true))
        #expect(session.state.node == "discount")
    }

    @Test func anUnmatchedAnswerPuzzlesTheCustomer() throws {
        var session = try mini()
        _ = session.begin()
        let events = session.handle("今天天气不错")
        #expect(events.first == .notUnderstood)
        #expect(events.offeredChoices == [Self.choice1, Self.choice2])
        #expect(session.state.turn == 0)
    }

    // MARK: - Commands

    @Test func backUndoesTheLastTurnInPractice() throws {
        var session = try mini()
        _ = session.begin()
        let before = session.state
        _ = session.handle("1")
        #expect(session.state.points(in: .objection) == 2)
        let back = session.handle("/back")
        #expect(back.notices == [.wentBack])
        #expect(back.offeredChoices == [Self.choice1, Self.choice2])
        #expect(session.state == before)
        #expect(session.state.node == "opening")
        #expect(session.state.events.isEmpty)
        #expect(session.handle("/back").notices == [.nothingToUndo])
        // The other road can be taken now.
        _ = session.handle("2")
        #expect(session.state.node == "discount")
    }

    @Test func backIsRefusedInExam() throws {
        var session = try mini(.exam)
        _ = session.begin()
        _ = session.handle("价格确实重要，您最看重哪些指标")
        let state = session.state
        #expect(session.handle("/back") == [.notice(.notInExam("/back"))])
        #expect(session.state == state)
    }

    @Test func restartStartsOverEvenAfterTheEnd() throws {
        var session = try mini()
        _ = session.begin()
        for input in ["1", "未知", "1"] { _ = session.handle(input) }
        #expect(session.isFinished)
        let events = session.handle("/restart")
        #expect(events.notices == [.restarted])
        #expect(events.offeredChoices == [Self.choice1, Self.choice2])
        #expect(!session.isFinished)
        #expect(session.state.node == "opening")
        #expect(session.state.turn == 0)
        #expect(session.state.events.isEmpty)
        #expect(session.state.elapsed == 5)
        _ = session.handle("2")
        #expect(session.state.node == "discount")
    }

    /// A restart drops the attempt, not the trainee's notes, and shows the opening stage again.
    @Test func restartKeepsTheNotesAndShowsTheStageAgain() throws {
        var session = try mini()
        _ = session.begin()
        _ = session.handle("/notes 王总前倾")
        _ = session.handle("1")
        let events = session.handle("/restart")
        #expect(events.contains(.stageChanged(.investigation)))
        #expect(session.state.notes == ["王总前倾"])
        #expect(session.handle("/notes") == [.notes(["王总前倾"])])
    }

    @Test func hintIsRefusedInExamAndNamesTheBestMoveInPracticeWithoutGivingTheAnswer() throws {
        var exam = try mini(.exam)
        _ = exam.begin()
        #expect(exam.handle("/hint") == [.notice(.notInExam("/hint"))])

        var practice = try mini()
        _ = practice.begin()
        guard case .hint(let lines)? = practice.handle("/hint").first else {
            Issue.record("no hint")
            return
        }
        // The best answer explores the objection, as a proof step of the technical exchange: the
        // hint names those moves, and neither the choice's number nor its words.
        let direction = try #require(lines.first { $0.hasPrefix("方向：") }, "\(lines)")
        #expect(direction.contains(ObjectionHandling.explore.name.zh), "\(direction)")
        #expect(direction.contains(SalesStep.proof.name.zh), "\(direction)")
        #expect(!lines.contains { $0.contains("选项") || $0.contains("您评估时最看重") }, "\(lines)")
        #expect(lines.contains { $0.contains("LAER") }, "the open price objection")
    }

    @Test func unknownCommandIsANotice() throws {
        var session = try mini()
        _ = session.begin()
        #expect(session.handle("/fly") == [.notice(.unknownCommand("/fly"))])
    }

    // MARK: - Checkpoints and mapping

    @Test func classifyCheckpointBlocksChoicesUntilAnswered() throws {
        var session = try mini()
        _ = session.begin()
        _ = session.handle("1")
        #expect(session.state.pending == .classify)
        #expect(session.handle("1").first == .notice(.classifyFormat))
        #expect(session.state.node == "metrics")
        #expect(session.state.turn == 1)
        let answered = session.handle("未知 预算不清楚")
        #expect(summary(answered.scoreEvents) == ["classification.right:+3", "classification.missing_named:+1"])
        #expect(answered.offeredChoices?.count == 2)
        #expect(session.state.pending == nil)
    }

    @Test func classifyCheckpointScoresTheRevealedFactsNotTheHiddenTruth() throws {
        // The truth is an A (first KP, need, can pay), but only the need is known at the checkpoint.
        var session = try mini()
        _ = session.begin()
        _ = session.handle("1")
        let events = session.handle("A 第一KP 有需求 有购买能力")
        #expect(summary(session.state.events.filter { $0.dimension == .classification }) == ["classification.wrong:-3"])
        guard case .classified(let given, _, let expected, let scored)? = events.first else {
            Issue.record("no classified event in \(events)")
            return
        }
        #expect(given == .a)
        #expect(expected.customerClass == .unknown)
        #expect(scored)
        #expect(session.state.lastClassification == .a)
    }

    @Test func classifyingOutsideACheckpointIsNotScored() throws {
        var session = try mini()
        _ = session.begin()
        let events = session.handle("/classify 未知")
        #expect(events.contains(.notice(.practiceClassificationNotScored)))
        #expect(session.state.events.isEmpty)
    }

    @Test func mapScoresThreeForARightMapping() throws {
        var session = try mini()
        _ = session.begin()
        let events = session.handle("/map 王总 批准者 赞助者 控制型")
        #expect(events.first == .mapped(try #require(session.scenario.contact("wang")),
                                        ContactMapping(role: .approver, attitude: .sponsor, style: .driver)))
        #expect(session.state.points(in: .people) == 3)
        #expect(session.handle("/map 张三 批准者") == [.notice(.unknownContact("张三"))])
        #expect(session.handle("/map 王总 什么") == [.notice(.unreadWords(["什么"], allowed: AnswerParsing.mappingWords(.zh)))])
    }

    @Test func mapCheckpointAsksForEachContactInTurn() throws {
        let scenario = try requireScenario("""
        id: mapping
        title: 人物
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
          li: { name: 李工, role: evaluator, attitude: hostile, style: analytical }
        start: a
        nodes:
          a:
            speaker: wang
            line: 这是李工。
            ask: map
            choices:
              - { say: 李工好。, goto: b }
          b:
            end: lost
        """)
        var session = Session(scenario: scenario)
        let opening = session.begin()
        #expect(opening.contains(.askMap(try #require(scenario.contact("wang")))))
        let first = session.handle("控制型 赞助者 批准者")
        #expect(first.scoreEvents.map(\.points) == [1, 1, 1])
        #expect(first.contains(.askMap(try #require(scenario.contact("li")))))
        let second = session.handle("跳过")
        #expect(second.offeredChoices?.count == 1)
        #expect(session.state.points(in: .people) == 3)
    }

    // MARK: - Endings and the clock

    static let noSponsorYAML = """
    id: nosponsor
    title: 没有赞助者
    meeting: { minutes: 30, closing_window: 10 }
    contacts:
      li: { name: 李工, role: evaluator, attitude: supporter, style: analytical }
    start: a
    nodes:
      a:
        speaker: li
        line: 方案我们都认可。
        minutes: 25
        choices:
          - { say: 那我们今天就签约吧。, close: direct_request, goto: done }
      done:
        end: signed
    """

    @Test func aSignedEndingWithNoSponsorBecomesFollowUp() throws {
        var session = Session(scenario: try requireScenario(Self.noSponsorYAML))
        _ = session.begin()
        let events = session.handle("1")
        #expect(events.contains(.notice(.noSponsor)))
        let ending = try #require(events.ending)
        #expect(ending.outcome == .followUp)
        #expect(ending.adjustments == [Wording(.zh).notice(.noSponsor)])
    }

    @Test func aScenarioMayWaiveTheSponsorRule() throws {
        let yaml = Self.noSponsorYAML.replacingOccurrences(of: "start: a", with: "settings: { require_sponsor: false }\nstart: a")
        var session = Session(scenario: try requireScenario(yaml))
        _ = session.begin()
        #expect(session.handle("1").ending?.outcome == .signed)
    }

    @Test func runningOutOfMinutesEndsAsFollowUp() throws {
        let scenario = try requireScenario("""
        id: clock
        title: 时间
        meeting: { minutes: 30, closing_window: 10 }
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: a
        nodes:
          a:
            speaker: wang
            line: 介绍一下吧。
            minutes: 10
            choices:
              - { say: 我从公司历史讲起。, minutes: 25, goto: b }
              - { say: 简单说三点。, minutes: 5, goto: b }
          b:
            speaker: wang
            line: 嗯。
            choices:
              - { say: 那我们签约吧。, close: direct_request, goto: c }
          c:
            end: signed
        """)
        var long = Session(scenario: scenario)
        _ = long.begin()
        let events = long.handle("1")
        #expect(events.contains(.notice(.timeUp)))
        let ending = try #require(events.ending)
        #expect(ending.outcome == .followUp)
        #expect(ending.node == "b")
        #expect(ending.elapsed == 35)

        var short = Session(scenario: scenario)
        _ = short.begin()
        _ = short.handle("2")
        #expect(!short.isFinished)
        #expect(short.clock.elapsed == 15 && short.clock.remaining == 15 && !short.clock.inWindow)
    }

    // MARK: - Conditions and variables

    static let variablesYAML = """
    id: vars
    title: 变量
    variables: { trust: 0 }
    contacts:
      wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
    start: a
    nodes:
      a:
        speaker: wang
        line: 你好。
        choices:
          - { say: 既然您信任我们，那就签吧。, if: trust > 0, goto: done }
          - { say: 我先介绍一下公司。, set: { trust: trust + 1 }, goto: b }
          - { say: 再见。, goto: done }
      b:
        speaker: wang
        line: 好的。
        choices:
          - { say: 既然您信任我们，那就签吧。, if: trust >= 1, goto: done }
          - { say: 不如先试用？, if: "trust == 0", goto: done }
          - { say: 再见。, goto: done }
      done:
        end: lost
    """

    @Test func conditionsHideChoicesAndNumberingSkipsThem() throws {
        var session = Session(scenario: try requireScenario(Self.variablesYAML))
        let opening = session.begin()
        #expect(opening.offeredChoices == [
            NumberedChoice(number: 1, say: "我先介绍一下公司。"),
            NumberedChoice(number: 2, say: "再见。"),
        ])
        let events = session.handle("1")
        #expect(events.first == .answered(NumberedChoice(number: 1, say: "我先介绍一下公司。"), byNumber: true))
        #expect(session.state.node == "b")
    }

    @Test func setChangesAVariableThatALaterConditionReads() throws {
        var session = Session(scenario: try requireScenario(Self.variablesYAML))
        _ = session.begin()
        let events = session.handle("1")
        #expect(session.state.variables["trust"] == .int(1))
        #expect(events.offeredChoices == [
            NumberedChoice(number: 1, say: "既然您信任我们，那就签吧。"),
            NumberedChoice(number: 2, say: "再见。"),
        ])
        // A hidden choice cannot be typed either.
        #expect(session.handle("不如先试用？").first != .answered(NumberedChoice(number: 2, say: "不如先试用？"), byNumber: false))
    }

    // MARK: - Hostile input

    @Test func controlCharactersAreStripped() throws {
        var session = try mini()
        _ = session.begin()
        #expect(session.handle("\u{7}\u{8}\u{1B}") == [.notice(.emptyInput)])
        #expect(session.handle("   ") == [.notice(.emptyInput)])
        let events = session.handle("\u{1B}1\u{0}\r\n")
        #expect(events.first == .answered(Self.choice1, byNumber: true))
        #expect(session.journal.last?.input == "1")
    }

    @Test func hugeInputDoesNotCrash() throws {
        var session = try mini()
        _ = session.begin()
        for input in [String(repeating: "a", count: 100_000), String(repeating: "价格", count: 50_000),
                      "/" + String(repeating: "x", count: 100_000),
                      String(repeating: "看重 ", count: 20_000) + "\n" + String(repeating: "\u{1}", count: 1000)] {
            let events = session.handle(input)
            #expect(!events.isEmpty)
        }
        #expect(session.state.node == "opening" || session.state.node == "metrics")
    }
}
