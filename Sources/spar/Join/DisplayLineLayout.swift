import SalesMethod
import SparKit
import SparTerminal

/// Lays out worded lines (`DisplayLine`) on the console, styled by role as local play styles its
/// events: the speaker in bold, cues in grey italics, the clock yellow in the closing window, points
/// green or red. `spar join` shows the server's lines with it.
struct DisplayLineLayout {
    let console: Console
    let language: Language
    var style: Style { console.style }

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    func render(_ lines: [DisplayLine]) {
        for line in lines { render(line) }
        console.flush()
    }

    func render(_ line: DisplayLine) {
        let text = line.text
        switch line.role {
        case .blank:
            console.line()
        case .stageBanner:
            console.line(style.bold(style.cyan("══ " + text + " ══")))
        case .speech:
            console.wrapped(text, indent: "  ", firstIndent: style.bold(line.label ?? "") + t("：", ": "))
        case .cue:
            console.wrapped(style.italic(style.gray(t("（\(text)）", "(\(text))"))), indent: "  ", firstIndent: "  ")
        case .clock:
            console.line(style.gray("⏱ " + text + t(" 分钟", " min")))
        case .clockWindow:
            console.line(style.yellow("⏱ " + text + t(" 分钟 · 成交窗口", " min · closing window")))
        case .choice:
            console.wrapped(text, indent: "     ", firstIndent: "  " + style.bold(line.label ?? "") + " ")
        case .instruction:
            console.line(style.gray(text))
        case .checkpoint:
            console.line(style.bold(style.magenta(text)))
        case .answer:
            console.wrapped(text, indent: "    ", firstIndent: style.blue(line.label ?? ""))
        case .question:
            console.line(text)
        case .warning, .adjustment:
            console.wrapped(style.yellow(text), indent: "  ")
        case .coach:
            console.wrapped(text, indent: "    ", firstIndent: style.cyan(line.label ?? ""))
        case .scoreGain:
            console.wrapped(text, indent: "      ", firstIndent: "  " + style.green(line.label ?? "") + " ")
        case .scoreLoss:
            console.wrapped(text, indent: "      ", firstIndent: "  " + style.red(line.label ?? "") + " ")
        case .scoreNeutral:
            console.wrapped(text, indent: "      ", firstIndent: "  " + (line.label ?? "") + " ")
        case .heading:
            console.line(style.bold(text))
        case .entry:
            console.wrapped(text, indent: "    ", firstIndent: "  " + style.bold(line.label ?? "") + " ")
        case .ending:
            console.line(style.bold("═══ " + t("会谈结束：", "Meeting over: ") + text + " ═══"))
        case .plain:
            console.wrapped(line.label.map { $0 + " " + text } ?? text, indent: "  ")
        }
    }
}
