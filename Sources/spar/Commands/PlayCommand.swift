import ArgumentParser
import SparKit

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play", abstract: "Play a scenario: a file, or the id of a shipped scenario.")

    @Argument(help: "A scenario file (.yaml) or a shipped scenario's id.")
    var scenario: String

    @OptionGroup var shared: PlayArguments

    @OptionGroup var session: NewSessionArguments

    @Option(name: .long, help: "Start at this node instead of the scenario's start (for authors testing a branch).")
    var from: String?

    @Option(name: .customLong("set"), help: "Set a fact or variable before starting: --set need=yes --set trust=2.")
    var assignments: [String] = []

    func run() throws {
        let console = Console.automatic(noColor: shared.noColor)
        let loaded = try loadScenario(scenario, style: console.style)
        let overrides = StartOverrides(node: from, assignments: assignments)
        if case .failure(let error) = overrides.resolve(in: loaded) {
            Console.error("spar play: \(error.message)")
            throw ExitCode(2)
        }
        let options = session.options(for: loaded, shared, overrides: overrides)
        let status = NewSession.play(loaded, options: options, resume: session.resume, console: console)
        if status != 0 { throw ExitCode(status) }
    }
}
