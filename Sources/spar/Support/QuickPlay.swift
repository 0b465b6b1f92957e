import ArgumentParser
import Foundation
import SalesMethod
import SparKit

/// `spar play FILE [options]` straight to the prompt. The argument parser reflects over every
/// subcommand's options before it runs one — most of the time from launch to the first prompt —
/// so a plain play command line is read here instead. Anything this does not recognise (help, an
/// unknown or repeated option, `--x=y`, a bad value) returns nil and goes through the parser as
/// before, with its usual messages.
enum QuickPlay {
    struct Command {
        var scenario: String
        var settings = PlaySettings()
        var from: String?
        var assignments: [String] = []
    }

    static func parse(_ arguments: [String]) -> Command? {
        guard arguments.first == "play" else { return nil }
        var scenario: String?
        var settings = PlaySettings()
        var from: String?
        var assignments: [String] = []
        var seen: Set<String> = []
        var rest = arguments.dropFirst()[...]
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                guard scenario == nil else { return nil }
                scenario = argument
                continue
            }
            if argument == "--no-color" || argument == "--resume" || argument == "--no-resume" {
                // The parser refuses a flag given twice, and both --resume and --no-resume.
                guard seen.insert(argument == "--no-color" ? argument : "--resume").inserted else { return nil }
                if argument == "--no-color" { settings.noColor = true } else { settings.resume = argument == "--resume" }
                continue
            }
            guard let value = rest.popFirst(), !value.hasPrefix("-") else { return nil }
            if argument != "--set" { guard seen.insert(argument).inserted else { return nil } }
            switch argument {
            case "--mode":
                guard let mode = SessionMode(rawValue: value) else { return nil }
                settings.mode = mode
            case "--lang":
                guard let language = Language(rawValue: value) else { return nil }
                settings.lang = language
            case "--trainee": settings.trainee = value
            case "--class": settings.className = value
            case "--out": settings.out = value
            case "--from": from = value
            case "--set": assignments.append(value)
            default: return nil
            }
        }
        guard let scenario else { return nil }
        return Command(scenario: scenario, settings: settings, from: from, assignments: assignments)
    }

    /// Plays and exits; errors end the process as the parser's `main` would end it.
    static func run(_ command: Command) -> Never {
        do {
            try PlayCommand.play(command.scenario, settings: command.settings, from: command.from,
                                 assignments: command.assignments)
            Spar.exit()
        } catch {
            Spar.exit(withError: error)
        }
    }
}
