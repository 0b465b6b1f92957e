import SalesMethod
import SparKit
import SparTerminal

/// `spar show` in the terminal: the meeting as it went — the customer's lines, each answer, what it
/// matched, points and reasons, the clock — then the scorecard.
struct SessionRenderer {
    let console: Console
    let view: SessionView
    /// spar's own words and the score reasons (when recorded with their arguments) in this language.
    let language: Language

    init(console: Console, view: SessionView, language: Language? = nil) {
        self.console = console
        self.view = view
        self.language = language ?? view.header.lang
    }

    var style: Style { console.style }
    var w: Wording { Wording(language) }

    func render() {
        let header = view.header
        console.line(style.bold("【\(v(view.scenarioTitle ?? header.scenario))】") + " " + v(header.trainee))
        var facts = [v(header.scenario), w.mode(header.mode),
                     SessionDate.short(header.started) + " UTC"]
        if let className = header.className { facts.append(v(className)) }
        console.line(style.gray(facts.joined(separator: " · ")))
        if view.scenarioMissing {
            console.line(style.yellow(w.scenarioMissing))
        } else if view.scenarioChanged {
            console.line(style.yellow(w.scenarioChanged))
        }
        if let checking = w.checking(view.verification) { console.wrapped(style.yellow(VisibleText.visible(checking))) }
        for warning in view.warnings { console.line(style.yellow(VisibleText.visible("\(warning)"))) }
        for step in view.steps { render(step) }
        scorecard()
    }

    func render(_ step: SessionView.Step) {
        let record = step.record
        let events = EventRenderer(console: console, language: language, mode: .practice)
        if let customer = step.customer {
            console.line()
            console.wrapped(v(customer.line), indent: "  ", firstIndent: style.bold(v(customer.speaker)) + w.colon)
            if let cue = customer.cue { events.render(w.lines(for: .cue(cue), mode: .practice)) }
        } else if step.record.type == .turn && view.scenarioMissing {
            console.line()
        }
        // Commands typed before the first answer carry turn 0: no label then.
        let turn = record.turn.flatMap { $0 > 0 ? w.turn($0) : nil } ?? ""
        let tag = style.gray(Pad.right(turn, toWidth: 7)) + " "
        switch record.type {
        case .turn:
            var answer = v(record.say ?? record.input ?? "")
            if let matched = record.matched { answer = "\(matched)) " + answer }
            console.wrapped(answer, indent: "          ", firstIndent: tag + style.blue(w.you))
            if record.via == .text, let input = record.input {
                console.wrapped(w.typed + v(input), indent: "          ", firstIndent: "        ")
            }
        case .classify:
            var line = w.classifiedAs + v(className(record.given))
            if let reasons = w.classificationReasons(record.reasons ?? []) { line += v(reasons) }
            if let expected = record.expected { line += w.onTheKnownFacts + v(className(expected)) }
            console.wrapped(style.magenta(line), indent: "          ", firstIndent: tag)
        case .map:
            console.wrapped(style.magenta(w.mappedContact + v((record.contact ?? "") + " " + (record.input ?? ""))),
                            indent: "          ", firstIndent: tag)
        case .unmatched:
            console.wrapped(style.yellow(w.notUnderstood + v(record.input ?? "")), indent: "          ", firstIndent: tag)
        case .unclear:
            console.wrapped(style.yellow(w.ambiguous(record.candidates ?? []) + v(record.input ?? "")),
                            indent: "          ", firstIndent: tag)
        default:
            console.line(tag + style.gray(v(record.input ?? "/\(record.type)")))
        }
        for event in record.events ?? [] {
            let line = w.scoreLine(event)
            let points = step.undone ? style.gray(style.dim(ReportText.signed(event.points) + " " + event.dimension.name(language)))
                                     : events.colouredPoints(line)
            console.wrapped(step.undone ? style.gray(v(line.text)) : v(line.text), indent: "            ",
                            firstIndent: "        " + points + " ")
        }
        if step.undone { console.line("        " + style.gray(w.takenBack)) }
        if let elapsed = record.elapsed {
            console.line("        " + style.gray(w.clock(elapsed: elapsed, total: view.meetingMinutes)))
        }
        if let outcome = record.outcome {
            console.line()
            console.line(style.bold("═══ " + w.meetingOver(outcome) + " ═══"))
        }
    }

    func scorecard() {
        console.line()
        if view.end != nil, view.believedEnd == nil, let checking = w.checking(view.verification) {
            console.wrapped(style.yellow(VisibleText.visible(checking)))
            return
        }
        guard let end = view.believedEnd else {
            console.line(style.yellow(w.unfinished))
            return
        }
        let card = ScorecardRenderer(console: console, language: language)
        console.line(style.bold("══════ " + w.scorecardTitle + " ══════"))
        if let outcome = end.outcome { console.line(w.outcomeLabel + style.bold(outcome.name(language))) }
        let verdict = end.passed ? style.green(w.pass) : style.red(w.notPassed)
        console.line(w.overallLabel + style.bold(card.colour("\(end.overall)", end.band)) + " / 100  "
                     + card.colour(end.band.name(language), end.band) + "  " + verdict)
        for adjustment in end.adjustments ?? [] { console.wrapped(style.gray(v(adjustment)), indent: "  ") }
        console.line()
        let nameWidth = ScoreDimension.allCases.map { DisplayWidth.of($0.name(language)) }.max() ?? 10
        let points = view.pointsByDimension
        for dimension in ScoreDimension.allCases {
            let name = Pad.right(dimension.name(language), toWidth: nameWidth)
            guard let percent = end.dimensions[dimension.rawValue] else {
                console.line("  \(name)  " + style.gray(w.notInScenario))
                continue
            }
            let bar = card.colour(ScoreBar.render(fraction: Double(percent) / 100, width: 20), Band(score: percent))
            console.line("  \(name)  \(bar) \(Pad.left("\(percent)", toWidth: 3))  "
                         + style.gray("(\(ReportText.signed(points[dimension] ?? 0)))"))
        }
    }

    /// Text from the file or the scenario, made visible before it is styled.
    func v(_ text: String) -> String { VisibleText.visible(text) }

    func className(_ raw: String?) -> String {
        raw.map(w.className) ?? ""
    }
}
