@testable import SparKit
import Testing

@Suite struct NegationTests {
    @Test func chineseNegationKeepsAnAnswerOffTheDiscountChoice() {
        let plain = MatchingFixtures.rank("给您打个折吧", in: MatchingFixtures.chinese)
        #expect(plain.chosen == 2)
        for answer in ["我们不打折", "我们不能给您打折", "无需打折", "不用打折"] {
            let negated = MatchingFixtures.rank(answer, in: MatchingFixtures.chinese)
            #expect(negated.outcome != .confident || negated.chosen != 2, "\(answer)")
            #expect(negated.candidates.first { $0.number == 2 }!.score < 0.16, "\(answer)")
        }
    }

    @Test func englishNegationKeepsAnAnswerOffTheDiscountChoice() {
        #expect(MatchingFixtures.rank("I can give you a discount", in: MatchingFixtures.english).chosen == 2)
        for answer in ["we don't give discounts", "we never discount", "I can not offer a discount"] {
            let negated = MatchingFixtures.rank(answer, in: MatchingFixtures.english)
            #expect(negated.chosen != 2, "\(answer)")
        }
    }

    @Test func negationStopsAtAContrastAndAClause() {
        // "不打折，但" — what follows the contrast is plain again.
        let result = MatchingFixtures.rank("我们不打折，但是可以聊聊您最看重的指标", in: MatchingFixtures.chinese)
        #expect(result.chosen == 1)
        #expect(MatchingFixtures.rank("we won't discount, but which criteria matter most to you?", in: MatchingFixtures.english).chosen == 1)
    }

    @Test func aSpaceBetweenChineseCharactersEndsTheNegationLikeAComma() {
        // Trainees who skip punctuation type a space where the comma goes.
        #expect(MatchingFixtures.rank("没有了 给您打个九折吧", in: MatchingFixtures.chinese).chosen == 2)
        // Right after the cue, a space is only a space: "不 打折" is still no discount.
        let spaced = MatchingFixtures.rank("我们不 打折", in: MatchingFixtures.chinese)
        #expect(spaced.candidates.first { $0.number == 2 }!.score < 0.16)
    }

    @Test func wordsWithANegationCharacterAreNoNegation() {
        // 不错 is "good"; 是不是 asks a question.
        #expect(MatchingFixtures.rank("不错，打个九折吧", in: MatchingFixtures.chinese).chosen == 2)
        #expect(MatchingFixtures.rank("是不是给您打个九折", in: MatchingFixtures.chinese).chosen == 2)
    }

    @Test func aContradictionIsShownAsEvidence() {
        let result = MatchingFixtures.rank("我们不打折", in: MatchingFixtures.chinese)
        let discount = result.candidates.first { $0.number == 2 }!
        #expect(discount.matched.contains { $0.hasPrefix("¬") })
    }
}
