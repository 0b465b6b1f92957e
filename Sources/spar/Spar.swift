import ArgumentParser
import Foundation
import SparCommandLine
import SparKit

@main
struct Spar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spar",
        abstract: helpText(zh: "B2B 销售陪练：与客户模拟一场会谈，按销售方法评分。", en: "A sparring partner for B2B sales: play a customer meeting, scored by the method."),
        version: SparVersion.current,
        subcommands: [MenuCommand.self, PlayCommand.self, ResumeCommand.self, ReplayCommand.self, TestCommand.self, LintCommand.self,
                      ClassifyCommand.self, ListCommand.self, ExploreCommand.self, SchemaCommand.self, NewCommand.self, GraphCommand.self,
                      ShowCommand.self, ReportCommand.self, ExportCommand.self, TryCommand.self,
                      ServeCommand.self, JoinCommand.self, ClassCommand.self, DbCommand.self, Cmi5Command.self],
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
        // A mistyped command would otherwise reach the menu and be refused with the menu's usage.
        if named == nil, let first = arguments.first, !first.hasPrefix("-"),
           let meant = Spelling.closest(to: first, among: commandNames) {
            Console.error("spar: unknown command '\(VisibleText.visible(first))'; did you mean 'spar \(meant)'? (spar --help lists them)")
            Foundation.exit(2)
        }
        let subcommand = named ?? MenuCommand.self
        // A help request parses to the parser's own help command, worded for the subcommand alone.
        if let command = try? subcommand.parseAsRoot(named == nil ? arguments : Array(arguments.dropFirst())),
           type(of: command) == subcommand {
            run(command)
        }
        mainWithHelpInItsLanguage()
    }

    /// The subcommands' names, as typed.
    private static var commandNames: [String] {
        var names: [String] = []
        for subcommand in configuration.subcommands {
            if let name = subcommand.configuration.commandName { names.append(name) }
        }
        return names
    }

    /// Runs a command and ends the process as the parser's `main` would. A bare exit status (the
    /// menu left at end of input, a failed session) leaves at once: the parser would first build
    /// its help for the error, a third of a quick start's instructions, to print nothing.
    private static func run(_ command: some ParsableCommand) -> Never {
        var command = command
        do {
            try command.run()
            exit()
        } catch let status as ExitCode {
            Foundation.exit(status.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
