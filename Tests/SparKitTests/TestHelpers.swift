import Foundation
import SalesMethod
@testable import SparKit
import Testing
import TestSupport

// Small helpers for this target's tests (not a topic of their own).

/// "rule:+n" per award or event, so a failing comparison shows exactly what was scored.
func summary(_ awards: [Award]) -> [String] {
    awards.map { "\($0.rule):\($0.points > 0 ? "+" : "")\($0.points)" }
}

func summary(_ events: [ScoreEvent]) -> [String] {
    events.map { "\($0.rule):\($0.points > 0 ? "+" : "")\($0.points)" }
}

/// Loads inline YAML that must be a valid scenario.
func requireScenario(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
    let result = loadScenario(yaml: yaml)
    #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
    return try #require(result.scenario, sourceLocation: sourceLocation)
}

/// `Tests/Fixtures/mini.yaml`, loaded from disk.
func miniScenario(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
    let result = ScenarioLoader.load(contentsOfFile: fixturePath("mini.yaml"))
    return try #require(result.scenario, sourceLocation: sourceLocation)
}

/// A contact for the people and rapport rules.
func contact(_ id: String = "wang", name: String = "王总", role: BuyerRole = .approver,
             attitude: Attitude = .sponsor, style: CommunicationStyle = .driver) -> Contact {
    Contact(id: id, name: name, role: role, attitude: attitude, style: style,
            location: SparKit.SourceLocation(file: "test.yaml", line: 1, column: 1))
}

extension Array where Element == SessionEvent {
    /// The ending among these events, if the meeting ended.
    var ending: SessionEnding? {
        for event in self { if case .ended(let ending) = event { return ending } }
        return nil
    }

    var scoreEvents: [ScoreEvent] {
        compactMap { if case .score(let event) = $0 { event } else { nil } }
    }

    var notices: [Notice] {
        compactMap { if case .notice(let notice) = $0 { notice } else { nil } }
    }

    /// The choices offered, if any.
    var offeredChoices: [NumberedChoice]? {
        for event in self { if case .choices(let choices) = event { return choices } }
        return nil
    }
}

extension Session {
    /// Score events with this rule id.
    func events(rule: String) -> [ScoreEvent] { state.events.filter { $0.rule == rule } }
}

/// A scenario shipped in `scenarios/zh` or `scenarios/en`, by id.
func shippedScenario(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
    let root = ReportFixtures.packageRoot.appendingPathComponent("scenarios")
    let path = ["zh", "en"].map { root.appendingPathComponent("\($0)/\(id).yaml").path }
        .first { FileManager.default.fileExists(atPath: $0) } ?? id
    let result = ScenarioLoader.load(contentsOfFile: path)
    return try #require(result.scenario, "\(path): \(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
}
