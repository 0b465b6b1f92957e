import SalesMethod
import SparKit
import SparTerminal

/// Lays out what a trainee reads: session events worded by `SessionWording`, as `DisplayLine`s,
/// wrapped, indented and coloured by role. No wording here.
struct EventRenderer {
    let console: Console
    let language: Language
    let mode: SessionMode
    var style: Style { console.style }

    func render(_ events: [SessionEvent]) {
        render(SessionWording.lines(for: events, language: language, mode: mode))
    }

    func render(_ lines: [DisplayLine]) {
        // Commands listed together line up on the widest.
        let commandWidth = lines.filter { $0.role == .command }.map { DisplayWidth.of($0.label ?? "") }.max() ?? 8
        for line in lines { render(line, commandWidth: commandWidth) }
        console.flush()
    }

    func render(_ line: DisplayLine, commandWidth: Int = 8) {
        // Made visible before styling: a name or a scenario's text cannot steer the terminal.
        let text = VisibleText.visible(line.text), label = VisibleText.visible(line.label ?? "")
        switch line.role {
        case .blank: console.line()
        case .stageBanner: console.line(style.bold(style.cyan("══ " + text + " ══")))
        case .speech:
            // The speaker's name in bold, the colon after it not.
            let (name, separator) = Self.splitSeparator(label)
            console.wrapped(text, indent: "  ", firstIndent: style.bold(name) + separator)
        case .cue: console.wrapped(style.italic(style.gray(text)), indent: "  ", firstIndent: "  ")
        case .clock: console.line(style.gray(text))
        case .clockWindow: console.line(style.yellow(text))
        case .choice: console.wrapped(text, indent: "     ", firstIndent: "  " + style.bold(label) + " ")
        case .instruction: console.line(style.gray(text))
        case .checkpoint: console.line(style.bold(style.magenta(text)))
        case .answer: console.wrapped(text, indent: "    ", firstIndent: style.blue(label))
        case .question: console.wrapped(text, indent: "  ", firstIndent: "")
        case .warning: console.line(style.yellow(text))
        case .notice: console.wrapped(style.yellow(text))
        case .coach: console.wrapped(text, indent: "    ", firstIndent: style.cyan(label))
        case .scoreGain, .scoreLoss, .scoreNeutral:
            console.wrapped(text, indent: "      ", firstIndent: "  " + colouredPoints(line) + " ")
        case .plain: console.line(text)
        case .detail: console.wrapped(text, indent: "  ")
        case .note: console.wrapped(text, indent: "    ", firstIndent: "  " + label + " ")
        case .command: console.line("  " + style.bold(Pad.right(label, toWidth: commandWidth)) + "  " + text)
        case .heading: console.line(style.bold(text))
        case .entry: console.wrapped(text, indent: "    ", firstIndent: label.isEmpty ? "  " : "  " + label + " ")
        case .ending: console.line(style.bold("═══ " + text + " ═══"))
        case .adjustment: console.wrapped(style.yellow(text), indent: "  ", firstIndent: "  ")
        case .verbatim: console.unbroken(text)
        }
    }

    /// A score line's label ("+3 成交") in green for a gain, red for a loss.
    func colouredPoints(_ line: DisplayLine) -> String {
        let label = VisibleText.visible(line.label ?? "")
        switch line.role {
        case .scoreGain: return style.green(label)
        case .scoreLoss: return style.red(label)
        default: return label
        }
    }

    /// "王总：" → ("王总", "："); "Li: " → ("Li", ": ").
    static func splitSeparator(_ label: String) -> (name: String, separator: String) {
        for separator in ["：", ": "] where label.hasSuffix(separator) {
            return (String(label.dropLast(separator.count)), separator)
        }
        return (label, "")
    }
}
