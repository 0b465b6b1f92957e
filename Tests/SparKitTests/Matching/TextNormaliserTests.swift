@testable import SparKit
import Testing

@Suite struct TextNormaliserTests {
    @Test func fullWidthLettersDigitsAndPunctuationBecomeHalfWidth() {
        #expect(TextNormaliser.normalise("ＰＲＩＣＥ１２３，ｏｋ！") == "price123,ok!")
        #expect(TextNormaliser.normalise("价格\u{3000}很重要") == "价格 很重要")
    }

    @Test func caseIsFolded() {
        #expect(TextNormaliser.normalise("Budget APPROVED") == "budget approved")
    }

    @Test func traditionalCharactersBecomeSimplified() {
        #expect(TextNormaliser.normalise("價格報價決策預算經費") == "价格报价决策预算经费")
    }

    @Test func chineseNumeralsBecomeDigits() {
        #expect(TextNormaliser.normalise("打九折") == "打9折")
        #expect(TextNormaliser.normalise("九五折") == "95折")
        #expect(TextNormaliser.normalise("十五天") == "15天")
        #expect(TextNormaliser.normalise("二十四小时") == "24小时")
        #expect(TextNormaliser.normalise("三百五十万") == "350万")
        #expect(TextNormaliser.normalise("两周") == "2周")
        #expect(TextNormaliser.normalise("优惠百分之五") == "优惠5")
    }

    @Test func englishNumberWordsAndDateOrdinalsReadAsNumbers() {
        func ids(_ text: String) -> [UInt32] {
            Tokeniser.tokens(TextNormaliser.scalars(text)) { _ in 0 }.map(\.id)
        }
        #expect(ids("sixty days") == ids("60 days"))
        #expect(ids("seventeen") == ids("17"))
        #expect(ids("the twelfth of may") == ids("the 12 of may"))
    }

    @Test func homophoneSlipsFoldTogether() {
        #expect(TextNormaliser.normalise("跑得快") == TextNormaliser.normalise("跑的快"))
        #expect(TextNormaliser.normalise("再便宜点") == TextNormaliser.normalise("在便宜点"))
    }

    @Test func englishWordsAreStemmedLightly() {
        #expect(EnglishStemmer.stem("prices") == EnglishStemmer.stem("pricing"))
        #expect(EnglishStemmer.stem("decided") == EnglishStemmer.stem("decide"))
        #expect(EnglishStemmer.stem("deliveries") == EnglishStemmer.stem("delivery"))
        #expect(EnglishStemmer.stem("shipping") == "ship")
    }

    @Test func typedTraditionalAndFullWidthAnswersMatchLikeSimplified() {
        let simplified = MatchingFixtures.rank("您最看重哪几项指标", in: MatchingFixtures.chinese)
        let traditional = MatchingFixtures.rank("您最看重哪幾項指標", in: MatchingFixtures.chinese)
        #expect(simplified.chosen == 1)
        #expect(traditional.chosen == 1)
        #expect(MatchingFixtures.rank("ＷＨＯ　ｗｉｌｌ　ｍａｋｅ　ｔｈｅ　ｆｉｎａｌ　ｄｅｃｉｓｉｏｎ", in: MatchingFixtures.english).chosen == 4)
    }
}
