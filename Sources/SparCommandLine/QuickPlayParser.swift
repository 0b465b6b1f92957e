import SalesMethod
import SparKit

/// Reads the plain command lines of `spar play` and the menu without the argument parser, whose
/// set-up (reflecting over every option) costs more than the rest of start-up before the scenario
/// loads. It accepts only the common spelling — the scenario once, `--option VALUE` pairs, each
/// flag or option at most once (`--set` any number of times) — and returns nil for anything else
/// (help, `--x=y`, a value starting with `-`, a bad mode, a repeat), which then goes to the parser
/// with its usual messages. What it accepts it must read exactly as the parser does: a test
/// compares the two on a generated set of command lines.
public enum QuickPlayParser {
    /// `arguments`: those after `play`.
    public static func play<Arguments: Collection<String>>(_ arguments: Arguments) -> PlayCommandLine? {
        guard let read = read(arguments, forPlay: true), let scenario = read.scenario else { return nil }
        // Every property is set, each group whole: a property wrapper that no parse has set stops
        // the program when read, so a group cannot be changed in place.
        var line = PlayCommandLine()
        line.scenario = scenario
        line.shared = read.shared()
        line.session = read.session()
        line.from = read.from
        line.assignments = read.assignments
        return line
    }

    /// `arguments`: those after `spar` (the menu is the default command).
    public static func menu<Arguments: Collection<String>>(_ arguments: Arguments) -> MenuCommandLine? {
        guard let read = read(arguments, forPlay: false) else { return nil }
        var line = MenuCommandLine()
        line.shared = read.shared()
        line.session = read.session()
        return line
    }

    /// The values read, before they are put into the parser's types.
    private struct Values {
        var scenario: String?
        var lang: Language?
        var out: String?
        var noColor = false
        var mode: SessionMode?
        var trainee: String?
        var className: String?
        var resume: Bool?
        var from: String?
        var assignments: [String] = []

        func shared() -> PlayArguments {
            var shared = PlayArguments()
            shared.lang = lang
            shared.out = out
            shared.noColor = noColor
            return shared
        }

        func session() -> NewSessionArguments {
            var session = NewSessionArguments()
            session.mode = mode
            session.trainee = trainee
            session.className = className
            session.resume = resume
            return session
        }
    }

    /// `forPlay`: the scenario, `--from` and `--set` are allowed (play), or refused (the menu).
    private static func read<Arguments: Collection<String>>(_ arguments: Arguments, forPlay: Bool) -> Values? {
        var values = Values()
        var seen: Set<String> = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                guard forPlay, values.scenario == nil else { return nil }
                values.scenario = argument
                continue
            }
            switch argument {
            case "--no-color":
                guard seen.insert(argument).inserted else { return nil }
                values.noColor = true
                continue
            case "--resume", "--no-resume":
                guard seen.insert("--resume").inserted else { return nil }
                values.resume = argument == "--resume"
                continue
            default:
                break
            }
            guard let value = rest.popFirst(), !value.hasPrefix("-") else { return nil }
            if argument != "--set" { guard seen.insert(argument).inserted else { return nil } }
            switch argument {
            case "--mode":
                guard let mode = SessionMode(rawValue: value) else { return nil }
                values.mode = mode
            case "--lang":
                guard let language = Language(rawValue: value) else { return nil }
                values.lang = language
            case "--out": values.out = value
            case "--trainee": values.trainee = value
            case "--class": values.className = value
            case "--from" where forPlay: values.from = value
            case "--set" where forPlay: values.assignments.append(value)
            default: return nil
            }
        }
        return values
    }
}
