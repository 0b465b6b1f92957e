import ArgumentParser
import SparCommandLine
import SparKit

/// `spar graph FILE`: the scenario's flow for Graphviz or Mermaid.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph", abstract: helpText(zh: "以 Graphviz DOT 或 Mermaid 格式打印场景的流程图。", en: "Print the scenario's flow graph as Graphviz DOT or Mermaid."))

    @Argument(help: helpText(zh: "场景文件（.yaml）或自带场景的 id。", en: "A scenario file (.yaml) or a shipped scenario's id."))
    var scenario: String

    @Option(name: .long, help: helpText(zh: "输出格式：dot 或 mermaid。", en: "Output format: dot or mermaid."))
    var format: Format = .dot

    @Option(name: .long, help: helpText(zh: "每条边上显示选项文字的字数。", en: "How many characters of the choice's text each edge shows."))
    var labelLength: Int = 14

    enum Format: String, ExpressibleByArgument { case dot, mermaid }

    func run() throws {
        let loaded = try loadScenario(scenario, style: .plain)
        Console.out(ScenarioGraph.render(loaded, format: format == .dot ? .dot : .mermaid, labelLength: max(4, labelLength)),
              terminator: "")
    }
}
