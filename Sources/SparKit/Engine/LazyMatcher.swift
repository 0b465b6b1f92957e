import Foundation

/// The scenario's choices analysed for typed answers, built the first time an answer is typed and
/// then shared by every copy of the session. Answers by number, searches of the play space and
/// the way to the first prompt never pay for analysing every choice of the scenario.
final class LazyMatcher: @unchecked Sendable {
    private let scenario: Scenario
    private let lock = NSLock()
    private var built: ChoiceMatcher?

    init(scenario: Scenario) { self.scenario = scenario }

    var value: ChoiceMatcher {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let matcher = ChoiceMatcher(scenario: scenario)
        built = matcher
        return matcher
    }
}
