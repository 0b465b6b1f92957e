import Foundation
import SalesMethod
@testable import SparKit
import Testing

/// Every event and notice has wording in both languages; adding a case without wording fails here.
@Suite struct SessionWordingTests {
    /// One per `SessionEvent` case. `kind(of:)` switches exhaustively, so a new case stops this
    /// file compiling until it is named here, and `everyEventKindHasASample` until it has a sample.
    enum EventKind: CaseIterable {
        case stageChanged, customerSays, cue, clock, choices, awaitingAnswer, askClassify, askMap, answered,
             whichDidYouMean, notUnderstood, feedback, score, classified, mapped, status, hint, notes, help, notice,
             ended, quit
    }

    static func kind(of event: SessionEvent) -> EventKind {
        switch event {
        case .stageChanged: .stageChanged
        case .customerSays: .customerSays
        case .cue: .cue
        case .clock: .clock
        case .choices: .choices
        case .awaitingAnswer: .awaitingAnswer
        case .askClassify: .askClassify
        case .askMap: .askMap
        case .answered: .answered
        case .whichDidYouMean: .whichDidYouMean
        case .notUnderstood: .notUnderstood
        case .feedback: .feedback
        case .score: .score
        case .classified: .classified
        case .mapped: .mapped
        case .status: .status
        case .hint: .hint
        case .notes: .notes
        case .help: .help
        case .notice: .notice
        case .ended: .ended
        case .quit: .quit
        }
    }

    /// Samples whose own data is ASCII, so any Chinese in an English line is spar's wording.
    static let wang = contact(name: "Wang")
    static let choice = NumberedChoice(number: 1, say: "Tell me more.")
    static let classification = Classifier.classify(AccountFacts(kp: .second, need: .yes, canPay: .yes))
    static let samples: [SessionEvent] = [
        .stageChanged(.investigation),
        .customerSays(speaker: wang, line: "Too expensive."),
        .customerSays(speaker: nil, line: "Too expensive."),
        .cue("leans back"),
        .clock(ClockReading(elapsed: 10, total: 90, windowOpensAt: 70)),
        .clock(ClockReading(elapsed: 75, total: 90, windowOpensAt: 70)),
        .choices([choice, NumberedChoice(number: 2, say: "Fine.")]),
        .awaitingAnswer,
        .askClassify,
        .askMap(wang),
        .answered(choice, byNumber: true),
        .whichDidYouMean([choice, NumberedChoice(number: 2, say: "Fine.")]),
        .notUnderstood,
        .feedback("Good question."),
        .score(ScoreEvent(dimension: .closing, points: -2, rule: "closing.premature", reason: "x", args: [:])),
        .classified(given: .b, reasons: [.need], expected: classification, scored: false),
        .mapped(wang, ContactMapping(role: .approver, attitude: .neutral, style: .driver)),
        .status(SessionStatus(node: "opening", stage: .investigation, buying: .evaluation,
                              clock: ClockReading(elapsed: 10, total: 90, windowOpensAt: 70), known: FactTable(),
                              points: [.closing: 3], mapped: [:], lastClassification: .b, openObjection: .price)),
        .hint(["Ask first."]),
        .notes([]),
        .notes(["call back"]),
        .help([CommandHelp(command: "/help", summary: "x")]),
        .notice(.wentBack),
        .ended(SessionEnding(outcome: .followUp, text: "Bye.", adjustments: ["no sponsor"], node: "end", elapsed: 90)),
        .quit,
    ]

    /// Events whose lines hold only the scenario's or the trainee's own text (the same in both languages).
    static func holdsNoWording(_ event: SessionEvent) -> Bool {
        switch event {
        case .choices, .quit: true
        case .notes(let notes): !notes.isEmpty
        default: false
        }
    }

    static func hasHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    static func flat(_ lines: [DisplayLine]) -> String { lines.map { ($0.label ?? "") + "|" + $0.text }.joined(separator: "\n") }

    /// "Did you mean" lists each option on a line of its own with its own punctuation: run together,
    /// "1) 您最看重哪几项 还是 2) …？" read as one sentence and lost the first option's question mark.
    /// The introduction states the meeting's length and closing window in a line of its own, from
    /// the scenario's `meeting`: a summary that says it again makes the trainee read it twice.
    @Test(arguments: ["audit-cold-call", "channel-upsell", "components-first-visit", "saas-demo", "tender-evaluation",
                      "valve-retrofit", "audit-cold-call-en", "channel-upsell-en", "saas-renewal"])
    func theIntroductionStatesTheMeetingLengthOnce(id: String) throws {
        let scenario = try shippedScenario(id)
        let wording = Wording(scenario.language)
        let intro = wording.introduction(to: scenario, mode: .practice).map(\.text).joined(separator: "\n")
        let minutes = scenario.meeting.minutes
        let mentions = intro.ranges(of: try Regex("(约|About )?\(minutes) ?(分钟|minutes)")).count
        #expect(mentions == 1, "\(id) states its \(minutes) minutes \(mentions) times:\n\(intro)")
    }

    @Test func didYouMeanListsEachOptionOnItsOwnLineAsWritten() {
        let options = [NumberedChoice(number: 1, say: "您评估时最看重哪几项指标？"), NumberedChoice(number: 3, say: "我们可以给您打九折。")]
        let zh = SessionWording.lines(for: [.whichDidYouMean(options)], language: .zh, mode: .practice)
        #expect(zh.map(\.role) == [.question, .choice, .choice, .instruction])
        #expect(zh[0].text == "您是指哪一个？")
        #expect(zh[1].label == "1)" && zh[1].text == "您评估时最看重哪几项指标？")
        #expect(zh[2].label == "3)" && zh[2].text == "我们可以给您打九折。")
        let one = SessionWording.lines(for: [.whichDidYouMean([options[0]])], language: .en, mode: .practice)
        #expect(one[0].text == "Did you mean this?")
    }

    @Test func everyEventKindHasASample() {
        #expect(Set(Self.samples.map(Self.kind(of:))) == Set(EventKind.allCases))
    }

    @Test(arguments: samples)
    func everyEventIsWordedInBothLanguages(event: SessionEvent) {
        let zh = SessionWording.lines(for: [event], language: .zh, mode: .practice)
        let en = SessionWording.lines(for: [event], language: .en, mode: .practice)
        let kind = Self.kind(of: event)
        if kind == .quit {
            #expect(zh.isEmpty && en.isEmpty)
            return
        }
        #expect(!zh.isEmpty && zh.map(\.role) == en.map(\.role))
        for line in zh + en where line.role != .blank { #expect(!line.text.isEmpty) }
        #expect(!Self.hasHan(Self.flat(en)), "\(Self.flat(en))")
        if !Self.holdsNoWording(event) {
            #expect(Self.flat(zh) != Self.flat(en))
            #expect(Self.hasHan(Self.flat(zh)), "\(Self.flat(zh))")
        }
    }

    /// One per `Notice` case; `name(of:)` switches exhaustively.
    static let notices: [Notice] = [
        .emptyInput, .unknownCommand("/x"), .numberOutOfRange(9, max: 3), .typeYourAnswerInExam, .notInExam("/hint"),
        .nothingToUndo, .wentBack, .restarted, .noteSaved, .classifyFormat, .mapFormat(example: "wang"), .unknownContact("zhou"),
        .mapSkipped(wang), .practiceClassificationNotScored, .classificationRecorded, .alreadyEnded, .timeUp, .stalled,
        .noSponsor, .inputShortened(2_000), .unreadWords(["cash"], allowed: ["need"]), .missingAnswer(.sayMore),
        .whichOneOf([1, 2]), .sayItAnotherWay, .joined(wang),
    ]

    static func name(of notice: Notice) -> String {
        switch notice {
        case .emptyInput: "emptyInput"
        case .unknownCommand: "unknownCommand"
        case .numberOutOfRange: "numberOutOfRange"
        case .typeYourAnswerInExam: "typeYourAnswerInExam"
        case .notInExam: "notInExam"
        case .nothingToUndo: "nothingToUndo"
        case .wentBack: "wentBack"
        case .restarted: "restarted"
        case .noteSaved: "noteSaved"
        case .classifyFormat: "classifyFormat"
        case .mapFormat: "mapFormat"
        case .unknownContact: "unknownContact"
        case .mapSkipped: "mapSkipped"
        case .practiceClassificationNotScored: "practiceClassificationNotScored"
        case .classificationRecorded: "classificationRecorded"
        case .alreadyEnded: "alreadyEnded"
        case .timeUp: "timeUp"
        case .stalled: "stalled"
        case .noSponsor: "noSponsor"
        case .inputShortened: "inputShortened"
        case .unreadWords: "unreadWords"
        case .missingAnswer: "missingAnswer"
        case .whichOneOf: "whichOneOf"
        case .sayItAnotherWay: "sayItAnotherWay"
        case .joined: "joined"
        }
    }

    @Test func everyNoticeKindHasASampleOnce() {
        #expect(Set(Self.notices.map(Self.name(of:))).count == Self.notices.count)
        #expect(Self.notices.count == 25, "a new Notice case needs a sample here")
    }

    @Test(arguments: notices)
    func everyNoticeIsWordedInBothLanguages(notice: Notice) {
        let zh = Wording(.zh).notice(notice), en = Wording(.en).notice(notice)
        #expect(!zh.isEmpty && !en.isEmpty && zh != en)
        #expect(Self.hasHan(zh) && !Self.hasHan(en), "\(en)")
    }

    @Test func everyMissingAnswerIsWordedInBothLanguagesAndTellsTheKindsApart() {
        for language in [Language.zh, .en] {
            let texts = MissingAnswer.allCases.map { Wording(language).missingAnswer($0) }
            #expect(Set(texts).count == MissingAnswer.allCases.count)
            #expect(texts.allSatisfy { Self.hasHan($0) == (language == .zh) })
        }
    }

    @Test func anExamClassificationAtACheckpointShowsOnlyTheCall() {
        let event = SessionEvent.classified(given: .b, reasons: [], expected: Self.classification, scored: true)
        #expect(SessionWording.lines(for: [event], language: .en, mode: .exam).map(\.role) == [.plain])
        #expect(SessionWording.lines(for: [event], language: .en, mode: .practice).map(\.role) == [.plain, .detail])
    }

    @Test func introductionResumeAndSavedAreWordedInBothLanguages() throws {
        let scenario = try miniScenario()
        for mode in [SessionMode.practice, .exam] {
            let zh = Wording(.zh).introduction(to: scenario, mode: mode), en = Wording(.en).introduction(to: scenario, mode: mode)
            #expect(zh.map(\.role) == en.map(\.role))
            #expect(en.contains { $0.text.hasPrefix("Meeting: 30 minutes") })
            #expect(mode == .exam ? en.contains { $0.role == .warning } : !en.contains { $0.role == .warning })
        }
        #expect(Wording(.en).resuming(turnsAnswered: 3).text == "Resuming: 3 turns answered so far.")
        #expect(Wording(.zh).saved(path: "a.jsonl").map(\.text) == ["已保存，稍后用 spar resume 继续：", "a.jsonl"])
        #expect(Wording(.en).saved(path: "a.jsonl", byCommand: true).map(\.text) == ["Saved; spar resume picks it up again:", "a.jsonl"])
        #expect(Wording(.en).transcriptSaved(path: "a.jsonl").map(\.text) == ["Transcript saved:", "a.jsonl"])
        let next = Wording(.en).whatNext(path: "/tmp/my notes/a.jsonl", scenario: "valve-retrofit", mode: .practice).map(\.text)
        #expect(next.contains("    spar show '/tmp/my notes/a.jsonl'"))
        #expect(next.contains("    spar play valve-retrofit --mode exam"))
        #expect(next.last == "    spar play valve-retrofit")
        let afterExam = Wording(.zh).whatNext(path: "a.jsonl", scenario: "x.yaml", mode: .exam).map(\.text)
        #expect(afterExam.contains("    spar play x.yaml --mode practice"))
        #expect(afterExam.last == "    spar play x.yaml --mode exam")
    }
}
