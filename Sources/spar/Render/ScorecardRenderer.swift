import SalesMethod
import SparKit
import SparTerminal

/// Lays out the scorecard worded by `ScorecardView`: every point with its reason, then a bar per
/// dimension, the outcome, and the overall with its band and verdict last.
struct ScorecardRenderer {
    let console: Console
    let language: Language

    func render(_ card: Scorecard, feedback: [TurnFeedback], showFeedback: Bool, hintsUsed: Int = 0) {
        render(ScorecardView(card, feedback: feedback, showFeedback: showFeedback, language: language, hintsUsed: hintsUsed))
    }

    /// The points and coaching first, the summary last: on a short screen the summary is what
    /// stays in view, and the details are a scroll (or `spar show`) away.
    func render(_ view: ScorecardView) {
        let style = console.style
        console.line()
        console.line(style.bold("══════ " + view.title + " ══════"))
        details(view)
        console.line()
        summary(view)
    }

    private func details(_ view: ScorecardView) {
        let style = console.style
        let events = EventRenderer(console: console, language: language, mode: .practice)
        console.line(style.bold(view.pointsHeading))
        for point in view.points {
            console.wrapped(VisibleText.visible(point.line.text), indent: "          ",
                            firstIndent: "  " + style.gray(Pad.right(point.turn, toWidth: 7)) + " " + events.colouredPoints(point.line) + " ")
        }
        if !view.coaching.isEmpty {
            console.line()
            console.line(style.bold(view.coachingHeading))
            for item in view.coaching {
                console.wrapped(VisibleText.visible(item.text), indent: "          ", firstIndent: "  " + style.gray(Pad.right(item.turn, toWidth: 7)) + " ")
            }
        }
    }

    private func summary(_ view: ScorecardView) {
        let style = console.style
        let nameWidth = view.dimensions.map { DisplayWidth.of($0.name) }.max() ?? 10
        // The bar gives way on a narrow terminal: name, figure and best stay on one line.
        let barWidth = min(20, console.width - nameWidth - 20)
        for entry in view.dimensions {
            let name = Pad.right(entry.name, toWidth: nameWidth)
            guard let percent = entry.percent else {
                console.line("  \(name)  " + style.gray(entry.notReached ? view.notReachedText : view.notInScenario))
                continue
            }
            let band = Band(score: percent)
            let bar = barWidth < 5 ? "" : colour(ScoreBar.render(fraction: Double(percent) / 100, width: barWidth), band) + " "
            console.line("  \(name)  \(bar)\(Pad.left("\(percent)", toWidth: 3))  " + style.gray("(\(entry.achieved)/\(entry.best))"))
        }
        console.line()
        if let outcome = view.outcome {
            console.line(view.outcomeLabel + style.bold(outcome))
            if let note = view.followUpNote { console.wrapped(style.gray(note)) }
        }
        if !view.criticalErrors.isEmpty {
            console.line(style.red(view.criticalHeading))
            for error in view.criticalErrors { console.wrapped(style.red(error), indent: "    ", firstIndent: "  • ") }
        }
        if let hints = view.hintsNote { console.line(style.gray(hints)) }
        let level = language == .zh ? "（" + view.bandName + "）" : " (" + view.bandName + ")"
        let verdict = view.passed ? style.green(view.verdict) : style.red(view.verdict)
        console.wrapped(view.overallLabel + style.bold(colour("\(view.overall)", view.band)) + " / 100"
                        + colour(level, view.band) + "  " + verdict + style.gray(view.passMarkNote))
    }

    func colour(_ text: String, _ band: Band) -> String {
        switch band {
        case .excellent: console.style.green(text)
        case .proficient: console.style.cyan(text)
        case .developing: console.style.yellow(text)
        case .beginner: console.style.red(text)
        }
    }
}
