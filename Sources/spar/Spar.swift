import ArgumentParser
import SparKit

@main
struct Spar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spar",
        abstract: "A sparring partner for B2B sales: play a customer meeting, scored by the method.",
        version: SparVersion.current,
        subcommands: [MenuCommand.self, PlayCommand.self, ResumeCommand.self, ReplayCommand.self, TestCommand.self, LintCommand.self,
                      ClassifyCommand.self, ListCommand.self, ExploreCommand.self, SchemaCommand.self, NewCommand.self, GraphCommand.self,
                      ShowCommand.self, ReportCommand.self, ExportCommand.self, TryCommand.self],
        defaultSubcommand: MenuCommand.self
    )

    static func main() {
        if let quick = QuickPlay.parse(Array(CommandLine.arguments.dropFirst())) { QuickPlay.run(quick) }
        main(nil)
    }
}
