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

    /// Asks at a terminal (Enter means yes); piped input is never asked, so scripts stay predictable.
    static func ask(about unfinished: UnfinishedTranscript, language: Language, console: Console,
                    editor: LineEditor) -> Bool {
        guard Terminal.isInputTTY else { return false }
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        let started = unfinished.header.started.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
        console.wrapped(t("你有一次未完成的会谈（\(started) 开始）：\(unfinished.path)",
                          "You have an unfinished session (started \(started)): \(unfinished.path)"))
        while true {
            switch editor.readLine(prompt: t("继续上次的会谈？[Y/n] ", "Resume it? [Y/n] ")) {
            case .endOfInput: return false
            case .interrupted: continue
            case .line(let line):
                switch line.trimmingCharacters(in: .whitespaces).lowercased() {
                case "", "y", "yes", "是", "好": return true
                case "n", "no", "否", "不": return false
                default: continue
                }
            }
        }
    }
}
