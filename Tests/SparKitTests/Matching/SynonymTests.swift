@testable import SparKit
import Testing

@Suite struct SynonymTests {
    @Test func chineseSynonymsReachTheChoice() {
        #expect(MatchingFixtures.rank("经费有多少", in: MatchingFixtures.chinese).chosen == 3)
        // Four characters alone are too little to be sure of (they are asked about); said as a sentence, taken.
        #expect(MatchingFixtures.rank("这事最后谁说了算", in: MatchingFixtures.chinese).chosen == 4)
        #expect(MatchingFixtures.rank("可以优惠一些", in: MatchingFixtures.chinese).chosen == 2)
    }

    @Test func englishSynonymsReachTheChoice() {
        #expect(MatchingFixtures.rank("how much funding is there", in: MatchingFixtures.english).chosen == 3)
        #expect(MatchingFixtures.rank("who has the final say", in: MatchingFixtures.english).chosen == 4)
        #expect(MatchingFixtures.rank("can I offer a better deal", in: MatchingFixtures.english).chosen == 2)
    }

    @Test func mixedChineseAndEnglishShareConcepts() {
        #expect(MatchingFixtures.rank("你们的budget大概多少", in: MatchingFixtures.chinese).chosen == 3)
    }

    @Test func theEvidenceNamesTheConcept() {
        let result = MatchingFixtures.rank("经费有多少", in: MatchingFixtures.chinese)
        #expect(result.candidates[0].matched.contains { $0.contains("经费≈预算") })
    }

    @Test func scenarioSynonymsExtendTheLexicon() {
        #expect(MatchingFixtures.chinese.synonyms == [["阀门", "球阀", "闸阀"]])
        #expect(MatchingFixtures.rank("球阀质保几年", in: MatchingFixtures.chinese).chosen == 5)
        let lexicon = SynonymLexicon.shipped.extended(with: [["价格", "价码"], ["阀门", "球阀"]])
        #expect(lexicon.groups.first { $0.first == "价格" }!.contains("价码"))
        #expect(lexicon.groups.last == ["阀门", "球阀"])
    }
}
