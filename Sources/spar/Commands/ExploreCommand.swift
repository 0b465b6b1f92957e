import ArgumentParser
import Foundation
import SalesMethod
import SparKit

/// `spar explore FILE`: which endings are reachable, how long meetings run, the best and worst scores.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore", abstract: "Explore a scenario's play space: endings, meeting lengths, best and worst scores.")

    enum Format: String, ExpressibleByArgument { case text, json }

    @Argument(help: "A scenario file or a shipped scenario's id.")
    var scenario: String

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    @Option(name: .long, help: "A folder of transcripts: report the nodes and choices none of them visits.")
    var transcripts: String?

    func run() throws {
        let loaded = try loadScenario(scenario, style: .plain)
        let report = ExplorationReport(scenario: loaded, transcriptsFolder: transcripts)
        switch format {
        case .json: print(report.json())
        case .text: print(report.text())
        }
    }
}
