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

    @Flag(name: .long, help: "Show the session's figures as written instead of replaying its answers (an edited file is then believed).")
    var trust = false

    @OptionGroup var scenarioFolders: ScenarioFolders

    func run() throws {
        let read: Transcript
        switch Transcript.read(path: transcript) {
        case .success(let value): read = value
        case .failure(let diagnostic):
            Console.error("spar show: \(VisibleText.visible("\(diagnostic)"))")
            throw ExitCode(1)
        }
        var checker = TranscriptChecker(folders: scenarioFolders.folders, override: scenario, trust: trust)
        let checked = checker.check(read, path: transcript)
        var view = SessionView(transcript: checked.transcript, scenario: checker.scenario(for: read, path: transcript))
        view.verification = checked.verification
        if markdown {
            Console.out(SessionMarkdown(view, language: lang).render(), terminator: "")
        } else {
            SessionRenderer(console: .automatic(noColor: noColor), view: view, language: lang).render()
        }
    }
}
