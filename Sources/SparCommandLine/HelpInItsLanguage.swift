import ArgumentParser
import Foundation
import SparTerminal

extension ParsableCommand {
    /// The parser's own `main`, but help (`--help`, `-h`, `spar help …`) is printed in the help
    /// language: in Chinese, the parser's headings and phrases too, wrapped by display columns.
    /// English help, errors, usage messages and the version are the parser's, unchanged.
    public static func mainWithHelpInItsLanguage() -> Never {
        do {
            var command = try parseAsRoot(nil)
            try command.run()
            exit()
        } catch {
            // Help has a usage line; the version and the JSON dump have none and are left alone.
            if HelpLanguage.current == .zh, exitCode(for: error) == .success,
               case let help = fullMessage(for: error, columns: ChineseHelpLayout.unwrappedColumns),
               help.hasPrefix("USAGE: ") || help.contains("\nUSAGE: ") {
                print(ChineseHelpLayout.layout(help, width: Terminal.columns))
                Foundation.exit(ExitCode.success.rawValue)
            }
            exit(withError: error)
        }
    }
}
