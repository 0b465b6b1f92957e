import ArgumentParser
import SalesMethod
import SparCommandLine
import SparKit
import SparTerminal

/// `spar list`: the catalogue of shipped scenarios (also as Markdown for scenarios/README.md).
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: helpText(zh: "列出场景：自带的场景，或给出的文件夹中的场景。", en: "List scenarios: the shipped ones, or those in the folders given."))

    enum Format: String, ExpressibleByArgument { case text, markdown }

    @Option(name: .long, help: helpText(zh: "输出格式：text 或 markdown。", en: "Output format: text or markdown."))
    var format: Format = .text

    @Argument(help: helpText(zh: "场景文件夹（默认：自带的场景）。", en: "Folders of scenarios (default: the shipped ones)."))
    var folders: [String] = []

    func run() throws {
        let files = folders.isEmpty ? ScenarioLibrary.shippedFiles : folders.flatMap(ScenarioLibrary.scenarioFiles(in:))
        let entries = files.compactMap { file in ScenarioLoader.load(contentsOfFile: file).scenario.map { CatalogueEntry($0, file: file) } }
        switch format {
        case .text:
            for entry in entries {
                var line = "\(Pad.right(entry.id, toWidth: 24)) \(entry.language)  \(entry.title)  [\(entry.stages)"
                if let difficulty = entry.difficulty { line += ", difficulty \(difficulty)/5" }
                // Two lengths, each named: the story's meeting clock, and the classroom time it is planned for.
                line += ", meeting \(entry.meetingMinutes) min"
                if let minutes = entry.duration { line += ", ~\(minutes) min in class" }
                Console.outRow(line + "]")
            }
        case .markdown:
            Console.out("| id | title | lang | stages | difficulty | meeting | class time | teaches |")
            Console.out("|---|---|---|---|---|---|---|---|")
            for entry in entries {
                let cells = [entry.id, entry.title, entry.language, entry.stages, entry.difficulty.map { "\($0)/5" } ?? "–",
                             "\(entry.meetingMinutes) min", entry.duration.map { "~\($0) min" } ?? "–", entry.teaches]
                Console.outRow("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
            }
        }
    }
}

/// One scenario as the catalogue shows it.
struct CatalogueEntry {
    var id, title, language, stages, teaches: String
    var difficulty, duration: Int?
    /// The meeting clock of the story, not the time a session takes.
    var meetingMinutes: Int

    init(_ scenario: Scenario, file: String) {
        id = scenario.id
        title = scenario.title
        language = scenario.language.rawValue
        var seen: Set<LifecycleStage> = []
        stages = scenario.nodes.compactMap(\.stage).filter { seen.insert($0).inserted }
            .map { $0.name.text(scenario.language) }.joined(separator: " → ")
        difficulty = scenario.trainerNotes?.difficulty
        duration = scenario.trainerNotes?.durationMinutes
        meetingMinutes = scenario.meeting.minutes
        let notes = scenario.trainerNotes
        teaches = (notes?.teaches ?? []).joined(separator: "; ")
    }
}
