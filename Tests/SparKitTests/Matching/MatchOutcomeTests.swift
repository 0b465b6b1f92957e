@testable import SparKit
import Testing

@Suite struct MatchOutcomeTests {
    @Test func aClearAnswerIsConfident() {
        let result = MatchingFixtures.rank("最后谁来拍板", in: MatchingFixtures.chinese)
        #expect(result.outcome == .confident)
        #expect(result.chosen == 4)
        #expect(MatchingFixtures.rank("who makes the final decision", in: MatchingFixtures.english).chosen == 4)
    }

    @Test func twoCloseCandidatesAreUncertainInChinese() {
        let result = MatchingFixtures.rank("今天就定下来吧", in: MatchingFixtures.chinese, node: "close")
        #expect(result.outcome == .uncertain)
        #expect(Set(result.asked) == [1, 2])
    }

    @Test func twoCloseCandidatesAreUncertainInEnglish() {
        let result = MatchingFixtures.rank("shall we sign today", in: MatchingFixtures.english, node: "close")
        #expect(result.outcome == .uncertain)
        #expect(Set(result.asked) == [1, 2])
    }

    @Test func decisionBands() {
        let matcher = ChoiceMatcher(scenario: MatchingFixtures.chinese)
        func candidates(_ scores: [Double]) -> [MatchCandidate] {
            scores.enumerated().map { MatchCandidate(number: $0.offset + 1, index: $0.offset, score: $0.element, matched: []) }
        }
        #expect(matcher.decide(candidates([0.9, 0.1])).outcome == .confident)
        // Close second: ask between the two.
        let close = matcher.decide(candidates([0.6, 0.55, 0.05]))
        #expect(close.outcome == .uncertain && close.asked == [1, 2])
        // A weak best: ask, offering the runner-up too when it has any footing.
        let weak = matcher.decide(candidates([0.25, 0.1, 0.0]))
        #expect(weak.outcome == .uncertain && weak.asked == [1, 2])
        #expect(matcher.decide(candidates([0.1, 0.05])).outcome == .none)
    }

    @Test func unrelatedAnswersMatchNothing() {
        for answer in ["今天天气不错", "嗯", "哈哈哈", "您喝茶还是咖啡"] {
            #expect(MatchingFixtures.rank(answer, in: MatchingFixtures.chinese).outcome == .none, "\(answer)")
        }
        for answer in ["nice weather today", "hmm", "lol", "coffee or tea?"] {
            #expect(MatchingFixtures.rank(answer, in: MatchingFixtures.english).outcome == .none, "\(answer)")
        }
    }

    @Test func onlyAvailableChoicesAreRanked() {
        let matcher = ChoiceMatcher(scenario: MatchingFixtures.chinese)
        let result = matcher.rank("最后谁来拍板", node: "ask", available: [(1, 0), (2, 1)])
        #expect(result.candidates.map(\.number).sorted() == [1, 2])
        #expect(result.chosen == nil)
    }

    @Test func homophoneAndTypoSlipsStillMatch() {
        #expect(MatchingFixtures.rank("预酸大概多少", in: MatchingFixtures.chinese).chosen == 3)
        #expect(MatchingFixtures.rank("您评估时最看中哪几项", in: MatchingFixtures.chinese).chosen == 1)
    }
}
