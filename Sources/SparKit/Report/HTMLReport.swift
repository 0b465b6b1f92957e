import SalesMethod

/// The class report as one self-contained HTML page: inline CSS and SVG charts drawn here, no scripts,
/// fonts or images from anywhere, so it opens offline and can be mailed as one file.
public struct HTMLReport: Sendable {
    public var report: ClassReport
    public var grouping: ReportGrouping
    public var language: Language
    /// How many frequent mistakes to chart.
    public var mistakeLimit = 10

    public init(report: ClassReport, grouping: ReportGrouping, language: Language) {
        self.report = report
        self.grouping = grouping
        self.language = language
    }

    var text: ReportText { ReportText(language) }

    public func render() -> String {
        var body = "<h1>\(HTMLEscape.text(text.title))</h1>\n"
        body += "<p class=\"summary\">\(HTMLEscape.text(summary))</p>\n"
        if report.sessions == 0 {
            body += "<p>\(HTMLEscape.text(text.noSessions))</p>\n"
        } else {
            body += resultsSection() + dimensionsSection() + mistakesSection() + choicesSection() + attemptsSection()
        }
        body += listSection(id: "not-counted", title: text.notCounted, files: report.notCounted)
        body += listSection(id: "skipped", title: text.skipped, files: report.skipped)
        return """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(HTMLEscape.text(text.title))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    var summary: String {
        text.summary(sessions: report.sessions, finished: report.finished, filteredOut: report.filteredOut,
                     skipped: report.skipped.count, notCounted: report.notCounted.count)
            + (text.checking(trusted: report.trusted, changedScenario: report.replayedOnChangedScenario).map { " " + $0 } ?? "")
    }

    static let css = """
    body{font-family:-apple-system,"Segoe UI","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",\
    "WenQuanYi Micro Hei",sans-serif;color:#1f2937;margin:24px auto;max-width:1040px;padding:0 16px;line-height:1.45}
    h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;border-bottom:2px solid #e5e7eb;padding-bottom:4px}
    h3{font-size:15px;margin:16px 0 6px}.summary{color:#4b5563;margin:0 0 8px}
    table{border-collapse:collapse;margin:8px 0 12px;font-size:13px}th,td{padding:4px 10px;border-bottom:1px solid #e5e7eb;text-align:left}
    th{background:#f9fafb;font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    .pass{color:#15803d;font-weight:600}.fail{color:#b91c1c;font-weight:600}.unfinished{color:#6b7280}
    .cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #e5e7eb;border-radius:8px;padding:8px 8px 4px}
    .card h3{margin:0 0 2px;font-size:14px}.weak{color:#b91c1c;font-size:12px;margin:0}
    svg.chart{display:block;max-width:100%;height:auto}text{font-family:inherit}
    .skipped li{font-family:ui-monospace,monospace;font-size:12px}
    """

    // MARK: Sections

    func resultsSection() -> String {
        var html = "<section id=\"results\"><h2>\(HTMLEscape.text(text.results))</h2>\n<table><thead><tr>"
        let headers = [text.trainee, text.scenario, text.attempts, text.first, text.best, text.latest, text.band,
                       text.result, text.change]
        let numeric: Set<Int> = [2, 3, 4, 5, 8]
        for (index, header) in headers.enumerated() {
            html += "<th\(numeric.contains(index) ? " class=\"num\"" : "")>\(HTMLEscape.text(header))</th>"
        }
        html += "</tr></thead><tbody>\n"
        for row in report.rows(by: grouping) {
            let verdictClass = row.finished == 0 ? "unfinished" : (row.passedOnce ? "pass" : "fail")
            let score = { (result: SessionResult?) in result.map { String($0.overall) } ?? "–" }
            let band = row.latest.map { "<span style=\"color:\(ChartPalette.band($0.band))\">\(HTMLEscape.text($0.band.name(language)))</span>" } ?? "–"
            html += "<tr><td>\(HTMLEscape.text(row.trainee))</td><td>\(HTMLEscape.text(row.scenario))</td>"
                + "<td class=\"num\">\(row.sessions)</td><td class=\"num\">\(score(row.first))</td>"
                + "<td class=\"num\">\(score(row.best))</td><td class=\"num\">\(score(row.latest))</td><td>\(band)</td>"
                + "<td class=\"\(verdictClass)\">\(HTMLEscape.text(text.verdict(row)))</td>"
                + "<td class=\"num\">\(row.improvement.map { ReportText.signed($0) } ?? "")</td></tr>\n"
        }
        html += "</tbody></table>\n"
        if let improvement = report.improvement {
            html += "<p>\(HTMLEscape.text(text.improvementSummary(pairs: improvement.pairs, average: improvement.average)))</p>\n"
        }
        return html + "</section>\n"
    }

    func dimensionsSection() -> String {
        let axes = report.dimensionsOverall.dimensions
        guard !axes.isEmpty else { return "" }
        let names = axes.map { $0.name(language) }
        let classValues = axes.map { report.dimensionsOverall.average($0) }
        var html = "<section id=\"dimensions\"><h2>\(HTMLEscape.text(text.dimensions))</h2>\n<div class=\"cards\">\n"
        for (index, group) in report.dimensionGroups(by: grouping).enumerated() {
            let values = axes.map { group.tally.average($0) }
            let title = "\(group.name) — \(text.dimensions)"
            let chart: String
            if axes.count >= 3 {
                chart = RadarChart(title: title, axes: names, series: [
                    .init(name: group.name, values: values, color: ChartPalette.series(index)),
                    .init(name: text.classAverage, values: classValues, color: ChartPalette.muted, dashed: true),
                ]).svg()
            } else {
                // Too few axes for a radar to mean anything: plain bars.
                chart = BarChart(title: title, kind: "dimension-bars", bars: zip(names, values).map { name, value in
                    BarChart.Bar(label: name, value: value ?? 0, valueText: value.map { String(Int($0.rounded())) } ?? "–",
                                 color: ChartPalette.series(index))
                }, maximum: 100, width: 320).svg()
            }
            html += "<div class=\"card\"><h3>\(HTMLEscape.text(group.name))</h3>"
            if let weakest = group.tally.weakest, let average = group.tally.average(weakest) {
                html += "<p class=\"weak\">\(HTMLEscape.text("\(text.weakest): \(weakest.name(language)) \(Int(average.rounded()))"))</p>"
            }
            html += chart + "</div>\n"
        }
        html += "</div>\n<table><thead><tr><th></th>"
        for name in names { html += "<th class=\"num\">\(HTMLEscape.text(name))</th>" }
        html += "</tr></thead><tbody>\n"
        let rows = report.dimensionGroups(by: grouping) + [(name: text.classAverage, tally: report.dimensionsOverall)]
        for row in rows {
            html += "<tr><td>\(HTMLEscape.text(row.name))</td>"
            let weakest = row.tally.weakest
            for dimension in axes {
                let value = row.tally.average(dimension).map { String(Int($0.rounded())) } ?? "–"
                html += "<td class=\"num\"\(dimension == weakest ? " style=\"color:#b91c1c;font-weight:600\"" : "")>\(value)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></section>\n"
    }

    func mistakesSection() -> String {
        let top = report.mistakes.top(mistakeLimit)
        guard !top.isEmpty else { return "" }
        var html = "<section id=\"mistakes\"><h2>\(HTMLEscape.text(text.mistakes))</h2>\n"
        html += BarChart(title: text.mistakes, kind: "mistakes", bars: top.map { entry in
            let reason = entry.representativeReason(language)
            return BarChart.Bar(label: reason, value: Double(entry.count), valueText: "\(entry.count)",
                                color: ChartPalette.series(ScoreDimension.allCases.firstIndex(of: entry.dimension) ?? 0),
                                detail: "\(entry.rule) — \(reason)")
        }).svg()
        html += "\n<table><thead><tr><th>\(HTMLEscape.text(text.rule))</th><th>\(HTMLEscape.text(text.dimension))</th>"
            + "<th class=\"num\">\(HTMLEscape.text(text.times))</th><th class=\"num\">\(HTMLEscape.text(text.sessionsColumn))</th>"
            + "<th class=\"num\">\(HTMLEscape.text(text.traineesColumn))</th><th>\(HTMLEscape.text(text.reason))</th></tr></thead><tbody>\n"
        for entry in top {
            html += "<tr><td><code>\(HTMLEscape.text(entry.rule))</code></td><td>\(HTMLEscape.text(entry.dimension.name(language)))</td>"
                + "<td class=\"num\">\(entry.count)</td><td class=\"num\">\(entry.sessions)</td>"
                + "<td class=\"num\">\(entry.trainees.count)</td><td>\(HTMLEscape.text(entry.representativeReason(language)))</td></tr>\n"
        }
        return html + "</tbody></table></section>\n"
    }

    /// Green for a choice that scored on average, red for one that lost points, grey for answers not understood.
    static func choiceColor(_ averagePoints: Double) -> String {
        averagePoints > 0 ? "#16a34a" : (averagePoints < 0 ? "#dc2626" : "#64748b")
    }

    func choicesSection() -> String {
        let nodes = report.nodes.sortedNodes
        guard !nodes.isEmpty else { return "" }
        var html = "<section id=\"choices\"><h2>\(HTMLEscape.text(text.choices))</h2>\n"
        let scenarios = nodes.reduce(into: [String]()) { if $0.last != $1.key.scenario { $0.append($1.key.scenario) } }
        for scenario in scenarios {
            let scenarioNodes = nodes.filter { $0.key.scenario == scenario }
            let rows = scenarioNodes.map { node in
                var segments = node.sortedChoices.map { choice in
                    StackedBarChart.Segment(label: "\(choice.number)", count: choice.count,
                                            color: Self.choiceColor(choice.averagePoints),
                                            detail: "\(choice.number)) \(choice.say)")
                }
                if node.unmatched + node.unclear > 0 {
                    segments.append(.init(label: "?", count: node.unmatched + node.unclear, color: "#d1d5db",
                                          detail: "\(text.unmatched) / \(text.unclear)"))
                }
                return StackedBarChart.Row(label: node.key.node, segments: segments)
            }
            let legend = [(color: "#16a34a", text: language == .zh ? "得分" : "scored"),
                          (color: "#dc2626", text: language == .zh ? "失分" : "lost points"),
                          (color: "#64748b", text: language == .zh ? "不得分" : "no points"),
                          (color: "#d1d5db", text: text.unmatched)]
            html += "<h3>\(HTMLEscape.text(scenario))</h3>\n"
            html += StackedBarChart(title: "\(scenario) — \(text.choices)", rows: rows, legend: legend).svg()
            html += "\n<table><thead><tr><th>\(HTMLEscape.text(text.node))</th><th>\(HTMLEscape.text(text.choice))</th>"
                + "<th class=\"num\">\(HTMLEscape.text(text.answers))</th><th class=\"num\">%</th>"
                + "<th class=\"num\">\(HTMLEscape.text(text.averagePoints))</th></tr></thead><tbody>\n"
            for node in scenarioNodes {
                let total = node.answers + node.unmatched + node.unclear
                for choice in node.sortedChoices {
                    html += "<tr><td>\(HTMLEscape.text(node.key.node))</td><td>\(choice.number)) \(HTMLEscape.text(choice.say))</td>"
                        + "<td class=\"num\">\(choice.count)</td><td class=\"num\">\(Self.percent(choice.count, of: total))</td>"
                        + "<td class=\"num\">\(ReportText.signed(choice.averagePoints))</td></tr>\n"
                }
                if node.unmatched + node.unclear > 0 {
                    html += "<tr><td>\(HTMLEscape.text(node.key.node))</td><td class=\"unfinished\">\(HTMLEscape.text(text.unmatched))</td>"
                        + "<td class=\"num\">\(node.unmatched + node.unclear)</td>"
                        + "<td class=\"num\">\(Self.percent(node.unmatched + node.unclear, of: total))</td><td></td></tr>\n"
                }
            }
            html += "</tbody></table>\n"
        }
        return html + "</section>\n"
    }

    func attemptsSection() -> String {
        let rows = report.rows(by: .scenario).filter { !$0.attempts.isEmpty }
        guard !rows.isEmpty else { return "" }
        var html = "<section id=\"attempts\"><h2>\(HTMLEscape.text(text.scoresAcrossAttempts))</h2>\n"
        let scenarios = rows.reduce(into: [String]()) { if $0.last != $1.scenario { $0.append($1.scenario) } }
        for scenario in scenarios {
            let series = rows.filter { $0.scenario == scenario }.enumerated().map { index, history in
                LineChart.Series(name: history.trainee, values: history.attempts.map(\.overall), color: ChartPalette.series(index))
            }
            html += "<h3>\(HTMLEscape.text(scenario))</h3>\n"
            html += LineChart(title: "\(scenario) — \(text.scoresAcrossAttempts)", xLabel: text.attempt, series: series).svg() + "\n"
        }
        return html + "</section>\n"
    }

    /// Files named with why: the sessions not counted, the files skipped.
    func listSection(id: String, title: String, files: [SkippedFile]) -> String {
        guard !files.isEmpty else { return "" }
        var html = "<section id=\"\(id)\"><h2>\(HTMLEscape.text(title))</h2><ul class=\"skipped\">\n"
        for file in files {
            html += "<li>\(HTMLEscape.text(file.path)): \(HTMLEscape.text(file.reason))</li>\n"
        }
        return html + "</ul></section>\n"
    }

    static func percent(_ count: Int, of total: Int) -> String {
        total > 0 ? String(Int((Double(count) / Double(total) * 100).rounded())) : "0"
    }
}
