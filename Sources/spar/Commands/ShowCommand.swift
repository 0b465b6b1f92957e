import ArgumentParser
import Foundation
import SalesMethod
import SparCommandLine
import SparKit

/// `spar show FILE`: one session, readable — in the terminal, or as Markdown.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: helpText(zh: "以易读的形式显示一份会谈记录：每一轮对话及其得分和理由，以及成绩单。", en: "Show one transcript readably: each turn, its points and reasons, the scorecard."))

    @Argument(help: helpText(zh: "会谈记录（.jsonl）。", en: "A transcript (.jsonl)."))
    var transcript: String

    @Flag(name: .long, help: helpText(zh: "输出 Markdown，而不是终端文本。", en: "Print Markdown instead of terminal text."))
    var markdown = false

    @Option(name: .long, help: helpText(zh: "提供客户台词的场景（默认：记录中的场景文件，找不到时用同 id 的自带场景）。", en: "The scenario for the customer's lines (default: the recorded file, else the shipped id)."))
    var scenario: String?

    @Option(name: .long, help: helpText(zh: "spar 界面文字和评分理由的语言：zh 或 en（默认：该会谈的语言）。较早的会谈记录中的理由保持原样。", en: "Language of spar's own text and the score reasons: zh or en (default: the session's). Reasons in older transcripts stay as recorded."))
    var lang: Language?

    @Flag(name: .long, help: helpText(zh: "不用颜色（设置了 NO_COLOR 或输出不是终端时也不用）。", en: "No colour (also when NO_COLOR is set or output is not a terminal)."))
    var noColor = false

    @Flag(name: .long, help: helpText(zh: "直接显示记录中写的成绩，不重放回答（被改过的文件也会被采信）。", en: "Show the session's figures as written instead of replaying its answers (an edited file is then believed)."))
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
