import Foundation
import SparKit

/// A class's scenario, built from the source the store keeps, with one analysed session whose
/// matcher every seat shares (analysing the choices once per class, not once per trainee).
public struct ClassScenario: Sendable {
    public let scenario: Scenario
    let template: Session

    public enum LoadError: Error, Sendable, CustomStringConvertible {
        case invalid(String)
        case changed(expected: String, found: String)

        public var description: String {
            switch self {
            case .invalid(let why): "the scenario does not load: \(why)"
            case .changed(let expected, let found): "the stored scenario's SHA-256 is \(found), the class expects \(expected)"
            }
        }
    }

    public init(_ scenario: Scenario) {
        self.scenario = scenario
        template = Session(scenario: scenario, mode: .practice, language: scenario.language)
    }

    /// Loads the scenario a class stored, checking it is the exact version the class was opened with.
    public init(record: ClassRecord) throws {
        let result = ScenarioLoader.load(data: record.scenarioSource, file: record.scenarioFile)
        guard let scenario = result.scenario else {
            let errors = result.diagnostics.filter { $0.severity == .error }.map(\.message)
            throw LoadError.invalid(errors.first ?? "unknown error")
        }
        guard scenario.sha256 == record.scenarioSHA256 else {
            throw LoadError.changed(expected: record.scenarioSHA256, found: scenario.sha256)
        }
        self.init(scenario)
    }

    /// A fresh session for `header`, sharing the class's analysed choices.
    func freshSession(for header: TranscriptHeader) -> Session {
        SessionRebuild.freshSession(for: header, scenario: scenario, sharing: template)
    }
}
