import ArgumentParser
import SparKit

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play", abstract: "Play a scenario: a file, or the id of a shipped scenario.")

    @Argument(help: "A scenario file (.yaml) or a shipped scenario's id.")
    var scenario: String

    @OptionGroup var options: PlayOptions

    func run() throws {
        let console = Console.automatic(noColor: options.noColor)
        let loaded = try loadScenario(scenario, style: console.style)
        let status = options.play(loaded, console: console)
        if status != 0 { throw ExitCode(status) }
    }
}
