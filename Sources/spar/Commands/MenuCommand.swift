import ArgumentParser
import SparCommandLine
import SparKit
import SparTerminal

/// `spar` alone: pick a shipped scenario from a menu and play it.
struct MenuCommand: ParsableCommand {
    /// `items` joined by " · " into lines no wider than `width`, breaking only between items.
    static func fitting(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for item in items {
            let joined = current.isEmpty ? item : current + " · " + item
            if current.isEmpty || DisplayWidth.of(joined) <= width {
                current = joined
            } else {
                lines.append(current)
                current = item
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    static let configuration = CommandConfiguration(
        commandName: "menu", abstract: helpText(zh: "从菜单中选一个自带场景来练习。", en: "Choose a shipped scenario from a menu and play it."))

    @OptionGroup var line: MenuCommandLine

    func run() throws {
        let shared = line.shared, session = line.session
        let console = Console.automatic(noColor: shared.noColor)
        let scenarios = ScenarioLibrary.shippedHeaders()
        guard !scenarios.isEmpty else {
            Console.error("spar: no shipped scenarios found (looked beside the binary and in ./scenarios; set SPAR_SCENARIOS to a folder)")
            throw ExitCode(1)
        }
        let style = console.style
        console.line(style.bold("spar — 销售陪练 · sales sparring partner"))
        console.line()
        for (index, scenario) in scenarios.enumerated() {
            // The title on its line, the details under it: a narrow screen breaks neither inside an id.
            // The meeting's minutes are the story's clock, so they are named as such.
            var details = [scenario.id, scenario.language.rawValue,
                           scenario.language == .zh ? "会谈\(scenario.minutes)分钟" : "meeting \(scenario.minutes) min"]
            if let difficulty = scenario.difficulty { details.append(String(repeating: "★", count: difficulty)) }
            console.wrapped(scenario.title, indent: "     ", firstIndent: "  " + style.bold("\(index + 1))") + " ")
            for line in Self.fitting(details, width: console.width - 6) { console.line("     " + style.gray(line)) }
        }
        console.line()
        let editor = makeLineEditor(for: nil, language: .zh)
        while true {
            switch editor.readLine(prompt: Terminal.isInputTTY ? "选择场景 / choose (1–\(scenarios.count), q to quit)> " : "") {
            case .endOfInput:
                return
            case .interrupted:
                continue
            case .line(let line):
                let text = line.trimmingCharacters(in: .whitespaces)
                if text == "q" || text == "/quit" { return }
                let chosen = Int(text).flatMap { (1...scenarios.count).contains($0) ? scenarios[$0 - 1] : nil }
                if let header = chosen ?? scenarios.first(where: { $0.id == text }) {
                    // Only the chosen file is loaded; one that does not load says why, as `spar play` would.
                    let scenario = try loadScenario(header.file, style: style)
                    let options = session.options(for: scenario, shared)
                    let status = NewSession.play(scenario, options: options, requestedMode: session.mode,
                                                  resume: session.resume, console: console)
                    if status != 0 { throw ExitCode(status) }
                    return
                }
                console.line("1–\(scenarios.count)?")
            }
        }
    }
}
