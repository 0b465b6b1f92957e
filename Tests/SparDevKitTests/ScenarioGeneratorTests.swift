import SalesMethod
import SparDevKit
@testable import SparKit
import Testing

/// `spar-dev gen scenario` feeds the benchmarks: its files must load cleanly, have the nodes asked
/// for, keep the ten-choice menu node the matcher is measured on, and stay under the loader's
/// size limit at 100,000 nodes (about 630 bytes a node).
@Suite struct ScenarioGeneratorTests {
    @Test(arguments: [Language.en, .zh])
    func generatedScenarioLoadsWithoutDiagnostics(language: Language) throws {
        let yaml = ScenarioGenerator(nodes: 300, seed: 7, language: language).yaml()
        let loaded = ScenarioLoader.load(text: yaml, file: "generated.yaml")
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        let scenario = try #require(loaded.scenario)
        #expect(scenario.nodes.count == 300)
        #expect(scenario.node(ScenarioGenerator.menuNode)?.choices.count == 10)
        #expect(ScenarioValidator.warnings(for: scenario).isEmpty)
    }

    @Test func sameSeedSameFile() {
        #expect(ScenarioGenerator(nodes: 100, seed: 3).yaml() == ScenarioGenerator(nodes: 100, seed: 3).yaml())
    }

    @Test func nodesAreSmallEnoughForAHundredThousandUnderTheSizeLimit() {
        let yaml = ScenarioGenerator(nodes: 5_000).yaml()
        #expect(yaml.utf8.count * 20 < 64 * 1024 * 1024)
    }
}
