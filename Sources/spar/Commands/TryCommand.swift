import ArgumentParser
import Foundation
import SparCommandLine
import SparKit
import SparTerminal

/// `spar try FILE --node ID "text"`: how a typed answer is matched at a node — the same ranking
/// the REPL uses, with the words that carried each candidate. For authors tuning `match` and `synonyms`.
struct TryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "try", abstract: helpText(zh: "显示一个输入的回答与某个节点各选项的匹配情况。", en: "Show how a typed answer matches a node's choices."),
        discussion: helpText(zh: "节点的所有选项都视为可选（按文件中的顺序编号），就像没有 `if` 隐藏任何选项一样。", en: "Every choice of the node counts as available (numbered in file order), as when no `if` hides one."))

    enum Format: String, ExpressibleByArgument { case text, json }

    @Argument(help: helpText(zh: "场景文件（.yaml）或自带场景的 id。", en: "A scenario file (.yaml) or a shipped scenario's id."))
    var scenario: String

    @Argument(help: helpText(zh: "回答，照学员会输入的那样写。", en: "The answer, as a trainee would type it."))
    var text: String

    @Option(name: .long, help: helpText(zh: "要为其选项排序的节点（默认：起始节点）。", en: "The node whose choices are ranked (default: the start node)."))
    var node: String?

    @Option(name: .long, help: helpText(zh: "输出格式：text 或 json。", en: "Output format: text or json."))
    var format: Format = .text

    @Flag(name: .long, help: helpText(zh: "不用颜色（设置了 NO_COLOR 或输出不是终端时也不用）。", en: "No colour (also when NO_COLOR is set or output is not a terminal)."))
    var noColor = false

    func run() throws {
        let style: Style = noColor ? .plain : .automatic(noColorFlag: false)
        let loaded = try loadScenario(scenario, style: style)
        let nodeID = node ?? loaded.start
        guard let target = loaded.node(nodeID) else {
            Console.error("spar try: no node '\(nodeID)' in \(loaded.file)")
            throw ExitCode(1)
        }
        guard !target.choices.isEmpty else {
            Console.error("spar try: node '\(nodeID)' has no choices")
            throw ExitCode(1)
        }
        let matcher = ChoiceMatcher(scenario: loaded)
        let available = target.choices.indices.map { (number: $0 + 1, index: $0) }
        let result = matcher.rank(text, node: nodeID, available: available)
        switch format {
        case .json:
            struct Candidate: Encodable {
                var index: Int
                var id: String
                var say: String
                var score: Double
                var matched: [String]
            }
            struct Output: Encodable {
                var outcome: String
                var normalised: String
                var asked: [Int]
                var candidates: [Candidate]
            }
            let output = Output(
                outcome: result.outcome.rawValue, normalised: result.normalisedInput, asked: result.asked,
                candidates: result.candidates.map {
                    Candidate(index: $0.number, id: "\(nodeID)/\($0.index + 1)", say: target.choices[$0.index].say,
                              score: ($0.score * 1000).rounded() / 1000, matched: $0.matched)
                })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            Console.out(String(decoding: try encoder.encode(output), as: UTF8.self))
        case .text:
            Console.out("\(result.outcome.rawValue)  (read as: \(result.normalisedInput))")
            if result.outcome == .uncertain { Console.out("would ask between: \(result.asked.map(String.init).joined(separator: ", "))") }
            for candidate in result.candidates {
                let marker = candidate.number == result.chosen ? "→" : " "
                let score = String(format: "%.2f", candidate.score)
                Console.out("\(marker) \(candidate.number)) \(score)  \(target.choices[candidate.index].say)")
                if !candidate.matched.isEmpty { Console.out("         matched: \(candidate.matched.joined(separator: " · "))") }
            }
        }
    }
}
