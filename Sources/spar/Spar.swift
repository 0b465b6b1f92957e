import ArgumentParser
import SparCommandLine
import SparKit

@main
struct Spar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spar",
        abstract: "A sparring partner for B2B sales: play a customer meeting, scored by the method.",
        version: SparVersion.current,
        subcommands: [MenuCommand.self, PlayCommand.self, ResumeCommand.self, ReplayCommand.self, TestCommand.self, LintCommand.self,
                      ClassifyCommand.self, ListCommand.self, ExploreCommand.self, SchemaCommand.self, NewCommand.self, GraphCommand.self,
                      ShowCommand.self, ReportCommand.self, ExportCommand.self, TryCommand.self,
                      ServeCommand.self, JoinCommand.self, ClassCommand.self, Cmi5Command.self],
        defaultSubcommand: MenuCommand.self
    )

    /// The argument parser reflects over the options of every subcommand it may route to: most
    /// of the time from launch to the first prompt. A command line is first parsed by the one
    /// subcommand it names (the menu when it names none), so only that one is reflected over; if
    /// that parse fails in any way (help, a mistake), the whole tree parses it again, with the
    /// usual messages and help. Either way the same parser reads the same options.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The plain play and menu lines a trainee types skip the parser's set-up altogether.
        if arguments.first == "play", let line = QuickPlayParser.play(arguments.dropFirst()) {
            var command = PlayCommand()
            command.line = line
            run(command)
        }
        if let line = QuickPlayParser.menu(arguments) {
            var command = MenuCommand()
            command.line = line
            run(command)
        }
        let named = arguments.first.flatMap { first in
            configuration.subcommands.first { $0.configuration.commandName == first }
        }
        let subcommand = named ?? MenuCommand.self
        // A help request parses to the parser's own help command, worded for the subcommand alone.
        if var command = try? subcommand.parseAsRoot(named == nil ? arguments : Array(arguments.dropFirst())),
           type(of: command) == subcommand {
            do {
                try command.run()
                exit()
            } catch {
                exit(withError: error)
            }
        }
        main(nil)
    }

    /// Runs a command and ends the process as the parser's `main` would.
    private static func run(_ command: some ParsableCommand) -> Never {
        var command = command
        do {
            try command.run()
            exit()
        } catch {
            exit(withError: error)
        }
    }
}
