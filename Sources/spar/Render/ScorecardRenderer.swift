import SalesMethod
import SparKit
import SparTerminal

/// The scorecard at the end: outcome, overall and band, a bar per dimension, every point with its reason.
struct ScorecardRenderer {
    let console: Console
    let language: Language

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    func render(_ card: Scorecard, feedback: [TurnFeedback], showFeedback: Bool) {
        let style = console.style
        console.line()
        console.line(style.bold(t("══════ 成绩单 ══════", "══════ Scorecard ══════")))
        if let outcome = card.outcome {
            console.line(t("结果：", "Outcome: ") + style.bold(outcome.name(language)))
            if outcome == .followUp {
                let percent = Int((card.followUpSigningChance * 100).rounded())
                console.line(style.gray(t("（事后跟进签单概率约\(percent)%，场景设定）", "(later follow-up signs about \(percent)% of the time — scenario setting)")))
            }
        }
        let verdict = card.passed ? style.green(t("通过", "pass")) : style.red(t("未通过", "not passed"))
        console.line(t("总分：", "Overall: ") + style.bold(colour("\(card.overall)", card.band)) + " / 100  "
                     + colour(card.band.name(language), card.band) + "  "
                     + verdict + style.gray(t("（及格线 \(card.passMark)）", " (pass mark \(card.passMark))")))
        console.line()
        let nameWidth = ScoreDimension.allCases.map { DisplayWidth.of($0.name(language)) }.max() ?? 10
        // The bar gives way on a narrow terminal: name, figure and best stay on one line.
        let barWidth = min(20, console.width - nameWidth - 20)
        for entry in card.dimensions {
            let name = Pad.right(entry.dimension.name(language), toWidth: nameWidth)
            guard let percent = entry.percent else {
                console.line("  \(name)  " + style.gray(t("本场景不涉及", "not in this scenario")))
                continue
            }
            let band = Band(score: percent)
            let bar = barWidth < 5 ? "" : colour(ScoreBar.render(fraction: Double(percent) / 100, width: barWidth), band) + " "
            console.line("  \(name)  \(bar)\(Pad.left("\(percent)", toWidth: 3))  " + style.gray("(\(entry.achieved)/\(entry.best))"))
        }
        console.line()
        console.line(style.bold(t("得分明细：", "Every point:")))
        let renderer = EventRenderer(console: console, language: language, mode: .practice)
        for event in card.events {
            let turn = event.turn > 0 ? t("第\(event.turn)轮", "turn \(event.turn)") : t("结束", "end")
            console.wrapped(event.reason, indent: "          ",
                            firstIndent: "  " + style.gray(Pad.right(turn, toWidth: 7)) + " " + renderer.points(event) + " ")
        }
        if showFeedback && !feedback.isEmpty {
            console.line()
            console.line(style.bold(t("点评：", "Coaching:")))
            for item in feedback {
                console.wrapped(item.text, indent: "          ",
                                firstIndent: "  " + style.gray(Pad.right(t("第\(item.turn)轮", "turn \(item.turn)"), toWidth: 7)) + " ")
            }
        }
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
