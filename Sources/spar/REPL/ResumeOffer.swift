import Foundation
import SalesMethod
import SparKit
import SparTerminal

/// `spar play` noticing that this trainee left this scenario unfinished, and offering to go on.
struct ResumeOffer {
    let scenario: Scenario
    let trainee: String
    let folder: String

    /// The newest unfinished session of the same scenario and trainee, if any.
    func find() -> UnfinishedTranscript? {
        UnfinishedTranscripts.find(in: folder).first {
            $0.header.scenario == scenario.id && $0.header.trainee == trainee && $0.header.overrides == nil
        }
    }

    /// Says that `unfinished`, of another mode than the one asked for, is kept and a new session starts.
    static func tellKept(_ unfinished: UnfinishedTranscript, requested: SessionMode, language: Language, console: Console) {
        EventRenderer(console: console, language: language, mode: .practice)
            .render(Wording(language).unfinishedSessionKept(mode: unfinished.header.mode, requested: requested,
                                                            path: unfinished.path))
    }

    /// What the trainee answered.
    enum Answer { case resume, startAnew, quit }

    /// Asks at a terminal (Enter means yes, `/quit` leaves); piped input is never asked, so scripts
    /// stay predictable.
    static func ask(about unfinished: UnfinishedTranscript, title: String, language: Language, console: Console,
                    editor: LineEditor) -> Answer {
        guard Terminal.isInputTTY else { return .startAnew }
        let wording = Wording(language)
        EventRenderer(console: console, language: language, mode: .practice)
            .render(wording.unfinishedSession(title: title, mode: unfinished.header.mode, started: unfinished.header.started,
                                              path: unfinished.path))
        while true {
            switch editor.readLine(prompt: wording.resumeQuestion) {
            case .endOfInput: return .quit
            case .interrupted: continue
            case .line(let line):
                if ["/quit", "/q", "/exit", "q"].contains(line.trimmingCharacters(in: .whitespaces).lowercased()) { return .quit }
                if let answer = Wording.resumeAnswer(line) { return answer ? .resume : .startAnew }
            }
        }
    }
}
