import ArgumentParser
import Foundation
import SalesMethod

/// The language spar's help is written in: `--lang zh|en` on the command line when given, else
/// the locale (LC_ALL, LC_MESSAGES, LANG: a value starting with `zh` is Chinese), else English.
/// Decided once, from the arguments and the environment only, so the commands' static
/// configurations can use it and a quick start pays for nothing more.
public enum HelpLanguage {
    public static let current: Language = decide(arguments: CommandLine.arguments,
                                                 environment: ProcessInfo.processInfo.environment)

    /// The rule behind `current`, apart from the process for testing.
    public static func decide(arguments: [String], environment: [String: String]) -> Language {
        if let given = languageOption(in: arguments) { return given }
        // The first of these that is set decides, as for any program's messages.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// The last valid `--lang VALUE` or `--lang=VALUE` before a `--`.
    private static func languageOption(in arguments: [String]) -> Language? {
        var found: Language?
        var rest = arguments.dropFirst()[...]
        while let argument = rest.popFirst(), argument != "--" {
            if argument == "--lang", let value = rest.first {
                if let language = Language(rawValue: value) { found = language }
            } else if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                found = language
            }
        }
        return found
    }
}

/// A help text in the help language: abstracts and discussions.
public func helpText(zh: String, en: String) -> String {
    HelpLanguage.current == .zh ? zh : en
}

/// A help text in the help language: an option's, a flag's or an argument's help.
public func helpText(zh: String, en: String) -> ArgumentHelp {
    ArgumentHelp(HelpLanguage.current == .zh ? zh : en)
}
