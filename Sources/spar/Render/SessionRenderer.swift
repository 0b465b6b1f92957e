import SalesMethod
import SparKit
import SparTerminal

/// `spar show` in the terminal: the meeting as it went — the customer's lines, each answer, what it
/// matched, points and reasons, the clock — then the scorecard.
struct SessionRenderer {
    let console: Console
    let view: SessionView

    var language: Language { view.header.lang }
    var style: Style { console.style }
    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    func render() {
        let header = view.header
        console.line(style.bold("【\(view.scenarioTitle ?? header.scenario)】") + " " + header.trainee)
        var facts = [header.scenario, header.mode == .exam ? t("考试", "exam") : t("练习", "practice"),
                     SessionDate.short(header.started) + " UTC"]
        if let className = header.className { facts.append(className) }
        console.line(style.gray(facts.joined(separator: " · ")))
        if view.scenarioMissing {
            console.line(style.yellow(t("（找不到场景文件，不显示客户的台词）", "(scenario not found: the customer's lines are not shown)")))
        } else if view.scenarioChanged {
            console.line(style.yellow(t("（场景文件在录制后有改动，台词可能与当时不同）", "(the scenario changed since recording: lines may differ)")))
        }
        for warning in view.warnings { console.line(style.yellow("\(warning)")) }
        for step in view.steps { render(step) }
        scorecard()
    }

    func render(_ step: SessionView.Step) {
        let record = step.record
        let events = EventRenderer(console: console, language: language, mode: .practice)
        if let customer = step.customer {
            console.line()
            console.wrapped(customer.line, indent: "  ", firstIndent: style.bold(customer.speaker) + t("：", ": "))
            if let cue = customer.cue {
                console.wrapped(style.italic(style.gray(t("（\(cue)）", "(\(cue))"))), indent: "  ", firstIndent: "  ")
            }
        } else if step.record.type == .turn && view.scenarioMissing {
            console.line()
        }
        // Commands typed before the first answer carry turn 0: no label then.
        let turn = record.turn.flatMap { $0 > 0 ? t("第\($0)轮", "turn \($0)") : nil } ?? ""
        let tag = style.gray(Pad.right(turn, toWidth: 7)) + " "
        switch record.type {
        case .turn:
            var answer = record.say ?? record.input ?? ""
            if let matched = record.matched { answer = "\(matched)) " + answer }
            console.wrapped(answer, indent: "          ", firstIndent: tag + style.blue(t("你：", "You: ")))
            if record.via == .text, let input = record.input {
                console.wrapped(t("原话：", "typed: ") + input, indent: "          ", firstIndent: "        ")
            }
        case .classify:
            let reasons = (record.reasons ?? []).map { ClassificationReason(rawValue: $0)?.name.text(language) ?? $0 }
            var line = t("分类：", "Classified: ") + className(record.given)
            if !reasons.isEmpty { line += t("（", " (") + reasons.joined(separator: t("、", ", ")) + t("）", ")") }
            if let expected = record.expected { line += t("；按已知事实：", "; on the known facts: ") + className(expected) }
            console.wrapped(style.magenta(line), indent: "          ", firstIndent: tag)
        case .map:
            console.wrapped(style.magenta(t("人物：", "Mapped: ") + (record.contact ?? "") + " " + (record.input ?? "")),
                            indent: "          ", firstIndent: tag)
        case .unmatched:
            console.wrapped(style.yellow(t("没听懂：", "not understood: ") + (record.input ?? "")), indent: "          ", firstIndent: tag)
        case .unclear:
            let candidates = (record.candidates ?? []).map(String.init).joined(separator: "/")
            console.wrapped(style.yellow(t("含糊（\(candidates)）：", "ambiguous (\(candidates)): ") + (record.input ?? "")),
                            indent: "          ", firstIndent: tag)
        default:
            console.line(tag + style.gray(record.input ?? "/\(record.type)"))
        }
        for event in record.events ?? [] {
            let points = step.undone ? style.gray(style.dim(ReportText.signed(event.points) + " " + event.dimension.name(language)))
                                     : events.points(event)
            console.wrapped(step.undone ? style.gray(event.reason) : event.reason, indent: "            ",
                            firstIndent: "        " + points + " ")
        }
        if step.undone { console.line("        " + style.gray(t("（已撤回，不计分）", "(taken back: not scored)"))) }
        if let elapsed = record.elapsed {
            let clock = view.meetingMinutes.map { t("⏱ \(elapsed)/\($0) 分钟", "⏱ \(elapsed)/\($0) min") }
                ?? t("⏱ \(elapsed) 分钟", "⏱ \(elapsed) min")
            console.line("        " + style.gray(clock))
        }
        if let outcome = record.outcome {
            console.line()
            console.line(style.bold(t("═══ 会谈结束：\(outcome.name(.zh)) ═══", "═══ Meeting over: \(outcome.name(.en)) ═══")))
        }
    }

    func scorecard() {
        console.line()
        guard let end = view.end else {
            console.line(style.yellow(t("（会谈没有结束：记录中没有结束行）", "(unfinished: the transcript has no end line)")))
            return
        }
        let card = ScorecardRenderer(console: console, language: language)
        console.line(style.bold(t("══════ 成绩单 ══════", "══════ Scorecard ══════")))
        if let outcome = end.outcome { console.line(t("结果：", "Outcome: ") + style.bold(outcome.name(language))) }
        let verdict = end.passed ? style.green(t("通过", "pass")) : style.red(t("未通过", "not passed"))
        console.line(t("总分：", "Overall: ") + style.bold(card.colour("\(end.overall)", end.band)) + " / 100  "
                     + card.colour(end.band.name(language), end.band) + "  " + verdict)
        for adjustment in end.adjustments ?? [] { console.wrapped(style.gray(adjustment), indent: "  ") }
        console.line()
        let nameWidth = ScoreDimension.allCases.map { DisplayWidth.of($0.name(language)) }.max() ?? 10
        let points = view.pointsByDimension
        for dimension in ScoreDimension.allCases {
            let name = Pad.right(dimension.name(language), toWidth: nameWidth)
            guard let percent = end.dimensions[dimension.rawValue] else {
                console.line("  \(name)  " + style.gray(t("本场景不涉及", "not in this scenario")))
                continue
            }
            let bar = card.colour(ScoreBar.render(fraction: Double(percent) / 100, width: 20), Band(score: percent))
            console.line("  \(name)  \(bar) \(Pad.left("\(percent)", toWidth: 3))  "
                         + style.gray("(\(ReportText.signed(points[dimension] ?? 0)))"))
        }
    }

    func className(_ raw: String?) -> String {
        guard let raw else { return "" }
        return CustomerClass(rawValue: raw)?.name.text(language) ?? raw
    }
}
