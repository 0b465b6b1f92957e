import ArgumentParser
import Foundation
import SalesMethod
import SparCommandLine
import SparKit

/// `spar explore FILE`: which endings are reachable, how long meetings run, the best and worst scores.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore", abstract: helpText(zh: "分析场景的所有走法：结局、会谈时长、最高分和最低分。", en: "Explore a scenario's play space: endings, meeting lengths, best and worst scores."))

    enum Format: String, ExpressibleByArgument { case text, json }

    @Argument(help: helpText(zh: "场景文件（.yaml）或自带场景的 id。", en: "A scenario file (.yaml) or a shipped scenario's id."))
    var scenario: String

    @Option(name: .long, help: helpText(zh: "输出格式：text 或 json。", en: "Output format: text or json."))
    var format: Format = .text

    @Option(name: .long, help: helpText(zh: "会谈记录文件夹：列出其中没有一份记录走到的节点和选项。", en: "A folder of transcripts: report the nodes and choices none of them visits."))
    var transcripts: String?

    @Option(name: .long, help: helpText(zh: "打印最佳或最差路线要输入的各行（可用管道交给 spar play）。", en: "Print the lines to type for the best or worst path (pipe them into spar play)."))
    var inputs: PathChoice?

    enum PathChoice: String, ExpressibleByArgument, CaseIterable { case best, worst }

    @Option(name: .long, help: helpText(zh: "与 --inputs 同用：改走这些选项编号（例如 \"1 2 1\"），检查点都答对，不用 /map。", en: "With --inputs: play these choice numbers instead (e.g. \"1 2 1\"), checkpoints answered right, no /map."))
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
