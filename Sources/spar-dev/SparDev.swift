import ArgumentParser
import SparKit

/// `spar-dev`: the tools for measuring and tuning spar, kept out of the trainee's `spar`.
@main
struct SparDev: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spar-dev",
        abstract: "spar's developer tools: synthetic inputs, engine probes, the matcher's benchmark and evaluation.",
        version: SparVersion.current,
        subcommands: [GenCommand.self, ProbeCommand.self, BenchMatcherCommand.self, EvalMatcherCommand.self, EchoServerCommand.self]
    )
}
