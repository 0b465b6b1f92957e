import SalesMethod
import SparKit
import SparTerminal

/// `spar report` in the terminal: results, dimension averages, frequent mistakes, choices per node,
/// improvement, and the files skipped.
struct ReportRenderer {
    let console: Console
    let report: ClassReport
    let grouping: ReportGrouping
    let language: Language
    var mistakeLimit = 10

    var text: ReportText { ReportText(language) }
    var style: Style { console.style }

    func render() {
        console.line(style.bold("══════ \(text.title) ══════"))
        console.line(text.summary(sessions: report.sessions, finished: report.finished, filteredOut: report.filteredOut,
                                  skipped: report.skipped.count, notCounted: report.notCounted.count))
        if let checking = text.checking(trusted: report.trusted, changedScenario: report.replayedOnChangedScenario) {
            console.line(style.gray(checking))
        }
        if report.sessions == 0 {
            console.line(text.noSessions)
        } else {
            results()
            dimensions()
            mistakes()
            choices()
        }
        listed(text.notCounted, report.notCounted)
        listed(text.skipped, report.skipped)
    }

    func heading(_ title: String) {
        console.line()
        console.line(style.bold(style.cyan(title)))
    }

    func show(_ table: TextTable) {
        for line in table.lines(width: console.width - 1, style: style) { console.line(line) }
    }

    func results() {
        heading(text.results)
        var table = TextTable([
            .init(title: grouping == .trainee ? text.trainee : text.scenario),
            .init(title: grouping == .trainee ? text.scenario : text.trainee, flexible: true),
            .init(title: text.attempts, alignment: .right), .init(title: text.first, alignment: .right),
            .init(title: text.best, alignment: .right), .init(title: text.latest, alignment: .right),
            .init(title: text.band), .init(title: text.result), .init(title: text.change, alignment: .right),
        ])
        var previousGroup: String?
        for row in report.rows(by: grouping) {
            let (group, other) = grouping == .trainee ? (v(row.trainee), v(row.scenario)) : (v(row.scenario), v(row.trainee))
            let score = { (result: SessionResult?) in result.map { String($0.overall) } ?? "–" }
            let verdict = text.verdict(row)
            let coloured = row.finished == 0 ? style.gray(verdict) : (row.passedOnce ? style.green(verdict) : style.red(verdict))
            table.add([group == previousGroup ? "" : group, other, String(row.sessions), score(row.first), score(row.best),
                       score(row.latest), row.latest.map { colour($0.band.name(language), $0.band) } ?? "–", coloured,
                       row.improvement.map { ReportText.signed($0) } ?? ""])
            previousGroup = group
        }
        show(table)
        if let improvement = report.improvement {
            console.line()
            console.line("  " + text.improvementSummary(pairs: improvement.pairs, average: improvement.average))
        }
    }

    func dimensions() {
        let axes = report.dimensionsOverall.dimensions
        guard !axes.isEmpty else { return }
        heading(text.dimensions)
        var table = TextTable([.init(title: grouping == .trainee ? text.trainee : text.scenario)]
                              + axes.map { .init(title: $0.name(language), alignment: .right) }
                              + [.init(title: text.weakest)])
        let rows = report.dimensionGroups(by: grouping) + [(name: text.classAverage, tally: report.dimensionsOverall)]
        for row in rows {
            let weakest = row.tally.weakest
            let cells = axes.map { dimension -> String in
                guard let average = row.tally.average(dimension) else { return "–" }
                let value = String(Int(average.rounded()))
                return dimension == weakest ? style.red(value) : value
            }
            table.add([v(row.name)] + cells + [weakest?.name(language) ?? ""])
        }
        show(table)
    }

    func mistakes() {
        let top = report.mistakes.top(mistakeLimit)
        guard !top.isEmpty else { return }
        heading(text.mistakes)
        var table = TextTable([
            .init(title: text.times, alignment: .right), .init(title: text.sessionsColumn, alignment: .right),
            .init(title: text.traineesColumn, alignment: .right), .init(title: text.dimension), .init(title: text.rule),
            .init(title: text.reason, flexible: true),
        ])
        for entry in top {
            table.add([String(entry.count), String(entry.sessions), String(entry.trainees.count),
                       entry.dimension.name(language), v(entry.rule), v(entry.representativeReason(language))])
        }
        show(table)
    }

    func choices() {
        let nodes = report.nodes.sortedNodes
        guard !nodes.isEmpty else { return }
        heading(text.choices)
        var table = TextTable([
            .init(title: text.scenario), .init(title: text.node), .init(title: text.choice, flexible: true),
            .init(title: text.answers, alignment: .right), .init(title: "%", alignment: .right), .init(title: ""),
            .init(title: text.averagePoints, alignment: .right),
        ])
        var previous: (scenario: String, node: String)?
        for node in nodes {
            let total = node.answers + node.unmatched + node.unclear
            var entries = node.sortedChoices.map { choice in
                (label: "\(choice.number)) \(v(choice.say))", count: choice.count, points: Optional(choice.averagePoints))
            }
            if node.unmatched + node.unclear > 0 {
                entries.append((label: style.gray(text.unmatched), count: node.unmatched + node.unclear, points: nil))
            }
            for entry in entries {
                let fraction = total > 0 ? Double(entry.count) / Double(total) : 0
                let points = entry.points.map { value -> String in
                    let formatted = ReportText.signed(value)
                    return value < 0 ? style.red(formatted) : (value > 0 ? style.green(formatted) : formatted)
                } ?? ""
                let sameScenario = previous?.scenario == node.key.scenario
                let sameNode = sameScenario && previous?.node == node.key.node
                table.add([sameScenario ? "" : v(node.key.scenario), sameNode ? "" : v(node.key.node), entry.label,
                           String(entry.count), String(Int((fraction * 100).rounded())),
                           ScoreBar.render(fraction: fraction, width: 10), points])
                previous = (node.key.scenario, node.key.node)
            }
        }
        show(table)
    }

    /// Files named with why: the sessions not counted, the files skipped.
    func listed(_ title: String, _ files: [SkippedFile]) {
        guard !files.isEmpty else { return }
        heading(title)
        for file in files { console.line("  " + VisibleText.visible(file.path) + ": " + style.yellow(VisibleText.visible(file.reason))) }
    }

    /// Text from the transcripts, made visible before it is styled or laid out.
    func v(_ text: String) -> String { VisibleText.visible(text) }

    func colour(_ text: String, _ band: Band) -> String {
        ScorecardRenderer(console: console, language: language).colour(text, band)
    }
}
