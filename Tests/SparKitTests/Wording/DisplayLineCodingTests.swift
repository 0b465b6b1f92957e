import Foundation
import SalesMethod
@testable import SparKit
import Testing

/// What a classroom server sends a remote client: lines and the scorecard as JSON, and nothing hidden in them.
@Suite struct DisplayLineCodingTests {
    @Test func linesRoundTripThroughJSON() throws {
        for language in Language.allCases {
            let lines = SessionWording.lines(for: SessionWordingTests.samples, language: language, mode: .practice)
            let data = try JSONEncoder().encode(lines)
            #expect(try JSONDecoder().decode([DisplayLine].self, from: data) == lines)
        }
        let json = String(decoding: try JSONEncoder().encode(DisplayLine(.blank)), as: UTF8.self)
        #expect(!json.contains("label"), "a nil label is left out: \(json)")
    }

    @Test func theScorecardRoundTripsThroughJSON() throws {
        let scenario = try miniScenario()
        var session = Session(scenario: scenario, language: .en)
        _ = session.begin()
        _ = session.handle("2")
        let card = Scorecard(state: session.state, scenario: scenario, best: ScoreSearch.best(for: scenario))
        let view = ScorecardView(card, feedback: session.state.feedbackLog, showFeedback: true, language: .en)
        #expect(try JSONDecoder().decode(ScorecardView.self, from: JSONEncoder().encode(view)) == view)
        #expect(view.points.count == card.events.count)
        #expect(view.title == "Scorecard" && ScorecardView(card, feedback: [], showFeedback: false, language: .zh).title == "成绩单")
    }

    /// Playing the mini scenario to its end, no line names a contact's hidden role or attitude
    /// unless the trainee's own mapping was scored (which it is not here).
    @Test func playShowsNoHiddenContactFacts() throws {
        let scenario = try miniScenario()
        for language in Language.allCases {
            var session = Session(scenario: scenario, language: language)
            var events = session.begin()
            for input in ["1", "B 有需求", "1", "1", "1", "1"] where !session.isFinished { events += session.handle(input) }
            let text = SessionWording.lines(for: events, language: language, mode: .practice).map { ($0.label ?? "") + $0.text }
                .joined(separator: "\n")
            #expect(text.contains("你们的报价比别家高了15%") && text.contains(language == .zh ? "会谈结束" : "Meeting over") == session.isFinished)
            for contact in scenario.contacts {
                for name in [contact.role.name.text(language), contact.attitude.name.text(language)] {
                    #expect(!text.contains(name), "\(name) shown:\n\(text)")
                }
            }
        }
    }
}
