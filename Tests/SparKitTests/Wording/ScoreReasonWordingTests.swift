import Foundation
import SalesMethod
@testable import SparKit
import Testing

/// Reasons are worded from a rule's arguments, so one recorded in Chinese reads in English.
@Suite struct ScoreReasonWordingTests {
    /// Every method rule with inputs that reach each of its rule ids, in one language.
    static func awards(_ language: Language) -> [Award] {
        let wang = contact(name: "王总")
        var awards: [Award] = []
        for (given, facts) in [(CustomerClass.b, AccountFacts(kp: .second, need: .yes, canPay: .yes, seesValue: .yes)),
                               (.a, AccountFacts(kp: .none, need: .no, canPay: .no, seesValue: .no)),
                               (.c, AccountFacts(kp: .first, need: .yes, canPay: .yes, seesValue: .yes))] {
            awards += ClassificationRule.score(given: given, reasons: [.need, .cannotPay], facts: facts, language: language)
        }
        for close in [ClosingTechnique?.none] + ClosingTechnique.allCases.map(Optional.some) {
            for opportunity in [CloseOpportunity?.none, .signals([.asksPrice, .asksDelivery]), .objectionRemoved] {
                for inWindow in [false, true] {
                    awards += ClosingRule.score(close: close, opportunity: opportunity, inWindow: inWindow, windowMinutes: 15,
                                                language: language)
                }
            }
        }
        awards.append(ClosingRule.noCloseAtEnd(chance: 0.1, language: language))
        var reveals = FactTable()
        for fact in AccountFact.allCases { reveals[fact] = fact == .kp ? "second" : (fact == .budget ? "50万" : "yes") }
        awards += DiscoveryRule.score(reveals: reveals, known: FactTable(), language: language)
        awards += DiscoveryRule.pitchBeforeNeed(step: .solution, task: nil, reveals: FactTable(), known: FactTable(),
                                                language: language)
        awards += StageRule.score(task: .upsell, stage: .maturity, done: [.signing], language: language)
        awards += StageRule.score(task: .needsAnalysis, stage: .growth, done: [.projectEvaluation], language: language)
        for handling in [ObjectionHandling?.none] + ObjectionHandling.allCases.map(Optional.some) {
            for explored in [false, true] {
                awards += ObjectionRule.score(handles: handling, close: .concession,
                                              progress: ObjectionProgress(kind: .price, explored: explored), language: language).awards
            }
        }
        awards += PeopleRule.score(ContactMapping(role: .approver, attitude: .hostile, style: .driver), of: wang,
                                   alreadyScored: ContactMapping(), language: language)
        awards += RapportRule.score(suits: [.driver], clashes: [], speaker: wang, language: language)
        awards += RapportRule.score(suits: [], clashes: [.driver], speaker: wang, language: language)
        for task in LifecycleTask.allCases {
            for stage in LifecycleStage.allCases { awards += StageRule.score(task: task, stage: stage, language: language) }
        }
        for step in SalesStep.allCases {
            for buying in BuyingPhase.allCases { awards += SyncRule.score(step: step, buying: buying, language: language) }
        }
        awards += AuthorScoreRule.score([.rapport: 2], feedback: nil, language: language)
        return awards
    }

    @Test func everyRuleIdIsReached() {
        let rules = Set(Self.awards(.zh).map(\.rule))
        let expected: Set<String> = [
            "classification.right", "classification.d_as_a", "classification.wrong", "classification.reason_right",
            "classification.reason_missing", "classification.reason_wrong", "closing.missed_signal", "closing.on_signal",
            "closing.after_objection", "closing.in_window", "closing.premature", "closing.no_close", "discovery.fact",
            "objection.laer", "objection.unexplored", "objection.argue", "objection.concede", "people.right", "people.wrong",
            "rapport.suits", "rapport.clashes", "stage.in_sync", "stage.skipped", "stage.lagging", "stage.out_of_order",
            "stage.back", "discovery.pitch_before_need", "sync.in_step",
            "sync.pushing", "sync.lagging", "author.score",
        ]
        #expect(rules == expected)
    }

    @Test func aReasonRecordedInChineseRendersInEnglishFromItsArgs() throws {
        let zh = Self.awards(.zh), en = Self.awards(.en)
        #expect(zh.count == en.count)
        for (chinese, english) in zip(zh, en) {
            let args = try #require(chinese.args, "\(chinese.rule) has no args")
            #expect(chinese.args == english.args)
            let event = chinese.event(turn: 1)
            #expect(event.reason(in: .en) == english.reason, "\(chinese.rule) \(args)")
            #expect(event.reason(in: .zh) == chinese.reason)
            #expect(chinese.reason != english.reason)
        }
    }

    @Test func aChineseSkippedStageReadsInEnglish() {
        let event = StageRule.score(task: .negotiation, stage: .investigation, language: .zh)[0].event(turn: 1)
        #expect(event.reason == "跳过了成长期：阶段不能跳跃（商务谈判属于成熟期）")
        #expect(event.reason(in: .en) == "skipped growth: stages cannot be skipped (negotiation belongs to maturity)")
    }

    @Test func theArgsSurviveTheTranscriptFile() throws {
        let award = ClosingRule.score(close: .assumptive, opportunity: .signals([.asksPrice]), inWindow: false, language: .zh)[0]
        let record = TranscriptRecord(type: .turn, turn: 1, node: "opening", input: "1", events: [award.event(turn: 1)])
        let header = #"{"lang":"zh","mode":"practice","scenario":"mini","scenario_sha256":"0","schema":1,"started":"2026-01-01T00:00:00Z","trainee":"t","type":"header","version":"0.1.0"}"#
        let line = TranscriptCoding.line(record)
        #expect(line.contains(#""args":{"signals":"asks_price","technique":"assumptive"}"#))
        let transcript = try Transcript.parse(header + "\n" + line + "\n", file: "t.jsonl").get()
        let read = try #require(transcript.records.first?.events?.first)
        #expect(read == award.event(turn: 1))
        #expect(read.reason(in: .en) == ClosingRule.score(close: .assumptive, opportunity: .signals([.asksPrice]),
                                                          inWindow: false, language: .en)[0].reason)
        #expect(read.reason(in: .en).hasPrefix("closed right after a buying signal ("))
    }

    @Test func anOldEventWithoutArgsKeepsItsRecordedReason() {
        let old = ScoreEvent(dimension: .closing, points: -2, rule: "closing.premature", reason: "过早成交：没有购买信号，也不在成交窗口", turn: 3)
        #expect(old.reason(in: .en) == old.reason)
        #expect(!TranscriptCoding.line(old).contains("args"))
    }

    @Test func argsThatDoNotWordFallBackToTheRecordedReason() {
        #expect(ScoreReasonWording.reason(rule: "no.such_rule", args: [:], language: .en) == nil)
        #expect(ScoreReasonWording.reason(rule: "classification.right", args: ["class": "z"], language: .en) == nil)
        #expect(ScoreReasonWording.reason(rule: "closing.missed_signal", args: ["signals": "asks_price,nope"], language: .en) == nil)
        let event = ScoreEvent(dimension: .stage, points: 2, rule: "stage.in_sync", reason: "as recorded", args: ["task": "x"])
        #expect(event.reason(in: .en) == "as recorded")
    }

    @Test func anOldRecordedEventMatchesTheSameAwardWithArgs() {
        let new = StageRule.score(task: .solutionDemo, stage: .investigation, language: .zh)[0].event(turn: 2)
        var old = new
        old.args = nil
        #expect(new.sameAward(as: old))
        #expect([new].sameAwards(as: [old]))
        // Once recorded with args, they count; and without them everything else still does.
        var otherArgs = new
        otherArgs.args = ["task": "solution_demo", "stage": "growth"]
        #expect(!new.sameAward(as: otherArgs))
        var otherReason = old
        otherReason.reason = "something else"
        #expect(!new.sameAward(as: otherReason))
        var otherTurn = old
        otherTurn.turn = 3
        #expect(!new.sameAward(as: otherTurn))
        #expect(![new].sameAwards(as: []))
    }
}
