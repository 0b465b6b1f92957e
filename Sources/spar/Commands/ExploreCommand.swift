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

    @Option(name: .long, help: "Print the lines to type for the best or worst path (pipe them into spar play).")
    var inputs: PathChoice?

    enum PathChoice: String, ExpressibleByArgument, CaseIterable { case best, worst }

    @Option(name: .long, help: "With --inputs: play these choice numbers instead (e.g. \"1 2 1\"), checkpoints answered right, no /map.")
    var path: String?

    func run() throws {
        let loaded = try loadScenario(scenario, style: .plain)
        let report = ExplorationReport(scenario: loaded, transcriptsFolder: transcripts)
        if let inputs {
            let given = path.map { $0.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Int($0) } }
            let chosen = given ?? (inputs == .best ? report.best.path : report.worst.path)
            for line in PathInputs.lines(for: loaded, path: chosen, mapContacts: given == nil && inputs == .best) { Console.out(line) }
            return
        }
        switch format {
        case .json: Console.out(report.json())
        case .text: Console.out(report.text())
        }
    }
}
