import ArgumentParser
import SparKit

/// `spar graph FILE`: the scenario's flow for Graphviz or Mermaid.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph", abstract: "Print the scenario's flow graph as Graphviz DOT or Mermaid.")

    @Argument(help: "A scenario file or a shipped scenario's id.")
    var scenario: String

    @Option(name: .long, help: "dot or mermaid.")
    var format: Format = .dot

    @Option(name: .long, help: "Characters of choice text on each edge.")
    var labelLength: Int = 14

    enum Format: String, ExpressibleByArgument { case dot, mermaid }

    func run() throws {
        let loaded = try loadScenario(scenario, style: .plain)
        Console.out(ScenarioGraph.render(loaded, format: format == .dot ? .dot : .mermaid, labelLength: max(4, labelLength)),
              terminator: "")
    }
}
