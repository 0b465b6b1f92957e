import ArgumentParser
import Foundation
import SalesMethod
import SparKit
import SparTerminal

/// Loads a scenario for a command, printing its diagnostics compiler-style; errors end the command with status 1.
func loadScenario(_ reference: String, style: Style) throws -> Scenario {
    guard let path = ScenarioLibrary.resolve(reference) else {
        Console.error("spar: no scenario file or shipped scenario named '\(reference)'")
        let ids = ScenarioLibrary.shippedHeaders().map(\.id)
        if !ids.isEmpty { Console.error("shipped scenarios: \(ids.joined(separator: ", "))") }
        throw ExitCode(1)
    }
    let result = ScenarioLoader.load(contentsOfFile: path)
    var printer = DiagnosticPrinter(style: style)
    for diagnostic in result.diagnostics { Console.error(printer.format(diagnostic)) }
    guard let scenario = result.scenario else {
        let count = result.diagnostics.filter { $0.severity == .error }.count
        Console.error("spar: \(path) has \(count) error\(count == 1 ? "" : "s"); it cannot be played")
        throw ExitCode(1)
    }
    return scenario
}

/// Readline on a terminal; plain line reading (no prompt, no echo) when input is piped.
/// `checkpoint` holds the words Tab offers on an empty word at a checkpoint.
func makeLineEditor(for scenario: Scenario?, language: Language, checkpoint: CheckpointWords = CheckpointWords()) -> LineEditor {
    let words = scenario.map { CompletionWords.all(for: $0, language: language) } ?? Session.commands
    return makeLineEditor(completionWords: words, checkpoint: checkpoint)
}

/// The same editor with completion words given (`spar join`: the server sends them, the trainee
/// has no copy of the scenario).
func makeLineEditor(completionWords words: [String], checkpoint: CheckpointWords) -> LineEditor {
    guard Terminal.isInputTTY else { return PlainLineReader() }
    // At a terminal Ctrl-C belongs to the line editor, which catches it while a line is read.
    // Between lines (an answer being scored and written) it is ignored rather than ending spar:
    // a burst of Ctrl-C would otherwise land in that gap.
    signal(SIGINT, SIG_IGN)
    return ReadlineEditor(historyFile: Paths.history) { request in
        CompletionWords.candidates(for: request.word, among: words, checkpoint: checkpoint.current,
                                   textBeforeWord: request.textBeforeWord)
    }
}

/// The trainee's name when none is given: the login name.
var defaultTrainee: String {
    ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "trainee"
}
