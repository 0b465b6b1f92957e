import SparDevKit
@testable import SparKit
import Testing

/// Past the exact search's budget, explore gives graph-level estimates and says so; below it,
/// nothing is estimated. Lint, which only uses the exact search, leaves play warnings out there.
@Suite struct GraphEstimateTests {
    func generated(nodes: Int) throws -> Scenario {
        try #require(ScenarioLoader.load(text: ScenarioGenerator(nodes: nodes).yaml(), file: "generated.yaml").scenario)
    }

    @Test func aLargeScenarioIsEstimatedAndSaysSo() throws {
        let scenario = try generated(nodes: 1_000)
        let report = ExplorationReport(scenario: scenario)
        #expect(report.estimated)
        #expect(report.text().contains("figures marked (estimate)"))
        #expect(report.text().contains("best (estimate):"))
        #expect(ScenarioAnalysis.exact(scenario) == nil)
        #expect(ScenarioValidator.warnings(for: scenario).isEmpty)
    }

    @Test func aSmallScenarioIsSearchedExactly() throws {
        let report = ExplorationReport(scenario: try miniScenario())
        #expect(!report.estimated)
        #expect(report.exhaustive)
        #expect(!report.text().contains("estimate"))
    }
}
