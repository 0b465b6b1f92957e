import SparKit
import Testing

/// The matcher inside a session: each outcome takes, asks or shrugs, and is journalled with the raw text.
@Suite struct TypedAnswerSessionTests {
    func session(_ mode: SessionMode, node: String = "ask") -> Session {
        var session = Session(scenario: MatchingFixtures.chinese, mode: mode, startNode: node)
        _ = session.begin()
        return session
    }

    @Test func examModeTakesAConfidentTypedAnswer() {
        var session = session(.exam)
        let events = session.handle("最后谁来拍板？")
        #expect(events.contains { if case .answered(let choice, byNumber: false) = $0 { choice.number == 4 } else { false } })
        #expect(session.journal.last?.type == .turn)
        #expect(session.journal.last?.input == "最后谁来拍板？")
        #expect(session.journal.last?.via == .text)
    }

    @Test func examModeRefusesANumber() {
        var session = session(.exam)
        #expect(session.handle("2") == [.notice(.typeYourAnswerInExam)])
        #expect(session.isFinished == false)
    }

    @Test func anUncertainAnswerAsksAndTakesThePick() {
        var session = session(.exam, node: "close")
        let asked = session.handle("今天就定下来吧")
        guard case .whichDidYouMean(let options)? = asked.first else {
            Issue.record("expected a question, got \(asked)")
            return
        }
        #expect(Set(options.map(\.number)) == [1, 2])
        #expect(session.journal.last?.type == .unclear)
        #expect(session.journal.last?.input == "今天就定下来吧")
        let taken = session.handle("2")
        #expect(taken.contains { if case .answered(let choice, _) = $0 { choice.number == 2 } else { false } })
        #expect(session.isFinished)
    }

    @Test func noMatchPuzzlesTheCustomerAndPracticeShowsTheChoices() {
        var exam = session(.exam)
        #expect(exam.handle("今天天气不错").first == .notUnderstood)
        #expect(exam.journal.last?.type == .unmatched)
        #expect(exam.journal.last?.input == "今天天气不错")
        var practice = session(.practice)
        let events = practice.handle("今天天气不错")
        #expect(events.first == .notUnderstood)
        #expect(events.contains { if case .choices = $0 { true } else { false } })
    }
}
