import SalesMethod
@testable import SparKit
import Testing

/// docs/method.md "Scoring rules", rapport row: a choice that `suits` the speaker's style +1, one that `clashes` −1.
@Suite struct RapportRuleTests {
    let driver = contact(style: .driver)

    @Test func suitingTheSpeakersStyleScoresOne() {
        let awards = RapportRule.score(suits: [.driver], clashes: [], speaker: driver, language: .zh)
        #expect(summary(awards) == ["rapport.suits:+1"])
        #expect(awards.first?.dimension == .rapport)
        #expect(awards.first?.reason.contains("控制型") == true)
    }

    @Test func clashingWithTheSpeakersStyleCostsOne() {
        let awards = RapportRule.score(suits: [.amiable], clashes: [.analytical, .driver], speaker: driver, language: .zh)
        #expect(summary(awards) == ["rapport.clashes:-1"])
    }

    @Test func otherStylesDoNotCount() {
        #expect(RapportRule.score(suits: [.amiable], clashes: [.expressive], speaker: driver, language: .zh).isEmpty)
    }

    @Test func noSpeakerNoRapport() {
        #expect(RapportRule.score(suits: [.driver], clashes: [], speaker: nil, language: .zh).isEmpty)
    }

    /// mini.yaml: at the metrics node 王总 (driver) speaks; the assumptive close suits him, the stalling answer clashes.
    @Test func sessionScoresTheSpeakersStyle() throws {
        var suits = Session(scenario: try miniScenario())
        _ = suits.begin()
        for input in ["1", "未知", "1"] { _ = suits.handle(input) }
        #expect(summary(suits.state.events.filter { $0.dimension == .rapport }) == ["rapport.suits:+1"])

        var clashes = Session(scenario: try miniScenario())
        _ = clashes.begin()
        for input in ["1", "未知", "2"] { _ = clashes.handle(input) }
        #expect(summary(clashes.state.events.filter { $0.dimension == .rapport }) == ["rapport.clashes:-1"])
    }
}
