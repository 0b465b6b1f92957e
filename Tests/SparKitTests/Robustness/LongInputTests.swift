import Foundation
import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// A pasted megabyte costs no more than a long answer: the engine reads the first
/// `Session.maximumInputLength` characters and says so.
@Suite struct LongInputTests {
    static let megabyte = String(repeating: "价格很重要我们谈谈需求吧", count: 90_000)

    func timed(_ body: () -> Void) -> Duration {
        let clock = ContinuousClock()
        return clock.measure(body)
    }

    @Test func aMegabyteAnswerIsCutAndSaidSo() throws {
        var session = try Session(scenario: miniScenario())
        _ = session.begin()
        var events: [SessionEvent] = []
        let took = timed { events = session.handle(Self.megabyte) }
        #expect(events.first == .notice(.inputShortened(Session.maximumInputLength)))
        #expect(took < .seconds(5))
        let recorded = try #require(session.journal.last?.input)
        #expect(recorded.unicodeScalars.count <= Session.maximumInputLength)
    }

    @Test func aMegabyteAtEachKindOfPromptIsBounded() throws {
        let phrases = String(repeating: "有需求没有需求第二KP", count: 100_000)
        for prefix in ["", "/classify ", "/map 王总 ", "/notes "] {
            var session = try Session(scenario: miniScenario())
            _ = session.begin()
            let took = timed { _ = session.handle(prefix + phrases) }
            #expect(took < .seconds(5), "\(prefix)… took \(took)")
        }
        var checkpoint = try Session(scenario: miniScenario())
        _ = checkpoint.begin()
        _ = checkpoint.handle("1")
        #expect(checkpoint.state.pending == .classify)
        let took = timed { _ = checkpoint.handle("B " + phrases) }
        #expect(took < .seconds(5))
    }

    @Test func oneHugeGraphemeIsCutByScalars() throws {
        var session = try Session(scenario: miniScenario())
        _ = session.begin()
        let combining = "a" + String(repeating: "\u{301}", count: 500_000)
        let events = session.handle(combining)
        #expect(events.first == .notice(.inputShortened(Session.maximumInputLength)))
    }

    @Test func inputAtTheLimitIsNotShortened() throws {
        var session = try Session(scenario: miniScenario())
        _ = session.begin()
        let events = session.handle(String(repeating: "x", count: Session.maximumInputLength))
        #expect(!events.notices.contains(.inputShortened(Session.maximumInputLength)))
    }

    @Test func controlCharactersAndInvalidTextAreHarmless() throws {
        var session = try Session(scenario: miniScenario())
        _ = session.begin()
        #expect(session.handle("\u{1B}\u{07}\u{00}\u{7F}\t\r\u{0C}") == [.notice(.emptyInput)])
        // What is left of an escape sequence is text like any other: not understood, no harm done.
        #expect(session.handle("\u{1B}[2J").contains(.notUnderstood))
        // What invalid UTF-8 becomes once decoded: replacement characters, matched like any text.
        let events = session.handle(String(decoding: [0xFF, 0xFE, 0xC3, 0x28], as: UTF8.self))
        #expect(events.contains(.notUnderstood))
        // A choice number surrounded by control characters is still the number.
        #expect(session.handle("\u{1B}1\u{08}").first == .answered(NumberedChoice(number: 1, say: "价格确实重要。您评估时最看重哪几项指标？"), byNumber: true))
    }
}
