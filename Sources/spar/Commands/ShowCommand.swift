import ArgumentParser
import Foundation
import SalesMethod
import SparKit

/// `spar show FILE`: one session, readable — in the terminal, or as Markdown.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one transcript readably: each turn, its points and reasons, the scorecard.")

    @Argument(help: "A transcript (.jsonl).")
    var transcript: String

    @Flag(name: .long, help: "Print Markdown instead of terminal text.")
    var markdown = false

    @Option(name: .long, help: "The scenario for the customer's lines (default: the recorded file, else the shipped id).")
    var scenario: String?

    @Option(name: .long, help: "Language of spar's own text and the score reasons: zh or en (default: the session's). Reasons recorded before spar kept their arguments stay as recorded.")
    var lang: Language?

    @Flag(name: .long, help: "No colour (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    func run() throws {
        let read: Transcript
        switch Transcript.read(path: transcript) {
        case .success(let value): read = value
        case .failure(let diagnostic):
            Console.error("spar show: \(diagnostic)")
            throw ExitCode(1)
        }
        let view = SessionView(transcript: read, scenario: Self.scenario(for: read.header, transcript: transcript, override: scenario))
        if markdown {
            print(SessionMarkdown(view, language: lang).render(), terminator: "")
        } else {
            SessionRenderer(console: .automatic(noColor: noColor), view: view, language: lang).render()
        }
    }

    /// The scenario a transcript was played on, if it can still be found and loads; nil otherwise,
    /// and `show` goes on without the customer's lines.
    static func scenario(for header: TranscriptHeader, transcript path: String, override: String?) -> Scenario? {
        guard let (file, _) = ScenarioLibrary.resolve(for: header, transcript: path, override: override) else { return nil }
        return ScenarioLoader.load(contentsOfFile: file).scenario
    }
}
