import ArgumentParser
import SalesMethod
import SparKit
import SparTerminal

/// `spar list`: the catalogue of shipped scenarios.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the shipped scenarios.")

    func run() throws {
        let console = Console.automatic(noColor: false)
        for scenario in ScenarioLibrary.shipped() {
            let stages = scenario.nodes.compactMap(\.stage)
            var seen: Set<LifecycleStage> = []
            let stageNames = stages.filter { seen.insert($0).inserted }.map { $0.name.text(scenario.language) }
            var line = "\(Pad.right(scenario.id, toWidth: 22)) \(scenario.language.rawValue)  \(scenario.title)"
            line += "  [\(stageNames.joined(separator: "→"))"
            if let difficulty = scenario.trainerNotes?.difficulty { line += ", difficulty \(difficulty)/5" }
            if let minutes = scenario.trainerNotes?.durationMinutes { line += ", ~\(minutes) min" }
            line += "]"
            console.line(line)
        }
    }
}
