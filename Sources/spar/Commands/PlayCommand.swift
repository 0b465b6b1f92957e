import ArgumentParser
import SparCommandLine
import SparKit

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play", abstract: helpText(zh: "练习一个场景：场景文件或自带场景的 id。", en: "Play a scenario: a file, or the id of a shipped scenario."))

    @OptionGroup var line: PlayCommandLine

    func run() throws {
        let console = Console.automatic(noColor: line.shared.noColor)
        let loaded = try loadScenario(line.scenario, style: console.style)
        let overrides = StartOverrides(node: line.from, assignments: line.assignments)
        if case .failure(let error) = overrides.resolve(in: loaded) {
            Console.error("spar play: \(error.message)")
            throw ExitCode(2)
        }
        let options = line.session.options(for: loaded, line.shared, overrides: overrides)
        let status = NewSession.play(loaded, options: options, requestedMode: line.session.mode,
                                     resume: line.session.resume, console: console)
        if status != 0 { throw ExitCode(status) }
    }
}
