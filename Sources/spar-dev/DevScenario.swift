import ArgumentParser
import Foundation
import SparKit

/// Loads the scenario file a developer tool is given; its diagnostics go to standard error and
/// one that does not load ends the tool with status 1.
enum DevScenario {
    static func load(_ path: String) throws -> Scenario {
        let result = ScenarioLoader.load(contentsOfFile: path)
        for diagnostic in result.diagnostics { standardError("\(diagnostic)") }
        guard let scenario = result.scenario else {
            standardError("spar-dev: \(path) does not load")
            throw ExitCode(1)
        }
        return scenario
    }
}
