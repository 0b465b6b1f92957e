import ArgumentParser
import Foundation
import SalesMethod
import SparCommandLine
import SparKit
import SparTerminal

extension ReportGrouping: ExpressibleByArgument {}

/// `spar report PATH…`: a class's transcripts aggregated — in the terminal, as CSV and as an HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: helpText(zh: "汇总会谈记录：按学员和场景列出得分与是否及格，以及各维度、常见错误和选项分布。", en: "Aggregate transcripts: scores and pass/fail per trainee and scenario, dimensions, mistakes, choices."),
        discussion: helpText(zh: "在文件夹中查找 .jsonl 文件。损坏的文件和不是会谈记录的文件列为已跳过。", en: "Folders are searched for .jsonl files. Broken or foreign files are listed as skipped."))

    @Argument(help: helpText(zh: "会谈记录文件和文件夹。", en: "Transcript files and folders."))
    var paths: [String] = []

    @Option(name: .long, help: helpText(zh: "改从课堂数据库（spar serve 的数据库）读取会谈记录。", en: "Read the transcripts from a classroom store (spar serve's database) instead."))
    var db: String?

    @Option(name: [.customLong("class")], help: helpText(zh: "与 --db 同用：只统计这个班级（加入码）。", en: "With --db: only this class (join code)."))
    var classCode: String?

    @Option(name: .long, help: helpText(zh: "表格按学员（trainee）或场景（scenario）分组。", en: "Group tables by trainee or scenario."))
    var by: ReportGrouping = .trainee

    @Option(name: .long, help: helpText(zh: "另外把每场会谈写成一行 CSV，写入这个文件（'-'：写到标准输出，代替表格）。", en: "Also write one CSV row per session to this file ('-': to stdout, instead of the tables)."))
    var csv: String?

    @Option(name: .long, help: helpText(zh: "另外把带图表的独立 HTML 页面写入这个文件（'-'：标准输出）。", en: "Also write a self-contained HTML page with charts to this file ('-': to stdout)."))
    var html: String?

    @Option(name: .long, help: helpText(zh: "只要这个日期当天或之后开始的会谈（2026-11-01 或完整的 ISO 8601 时间）。", en: "Only sessions started on or after this date (2026-11-01 or a full ISO 8601 time)."))
    var since: String?

    @Option(name: .long, help: helpText(zh: "只要这种模式的会谈：practice 或 exam。", en: "Only sessions in this mode: practice or exam."))
    var mode: SessionMode?

    @Option(name: .long, help: helpText(zh: "报告文字的语言：zh 或 en（默认：多数会谈所用的语言）。", en: "Language of the report's wording: zh or en (default: that of most sessions)."))
    var lang: Language?

    @Option(name: .long, help: helpText(zh: "列出多少条常见错误。", en: "How many frequent mistakes to list."))
    var top = 10

    @Flag(name: .long, help: helpText(zh: "直接采用记录中写的成绩，不重放回答（更快；被改过的文件也会被采信）。", en: "Take each session's figures as written instead of replaying its answers (faster; an edited file is then believed)."))
    var trust = false

    @OptionGroup var scenarioFolders: ScenarioFolders

    @Flag(name: .long, help: helpText(zh: "不用颜色（设置了 NO_COLOR 或输出不是终端时也不用）。", en: "No colour (also when NO_COLOR is set or output is not a terminal)."))
    var noColor = false

    func validate() throws {
        if csv == "-" && html == "-" { throw ValidationError("only one of --csv and --html can go to stdout") }
        if let since, SessionDate.parse(since) == nil {
            throw ValidationError("--since takes a date like 2026-11-01 or 2026-11-01T09:00:00Z, not '\(since)'")
        }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if paths.isEmpty && db == nil { throw ValidationError("give transcript files or folders, or --db FILE") }
        if classCode != nil && db == nil { throw ValidationError("--class goes with --db") }
    }

    func run() throws {
        var report = ClassReport(filter: ReportFilter(since: since.flatMap(SessionDate.parse), mode: mode))
        let csvFile = try csv.map { try OutputFile.open($0, command: "report") }
        csvFile?.write(SessionCSV.header)
        let progress = ProgressLine.automatic()
        var checker = TranscriptChecker(folders: scenarioFolders.folders, trust: trust)
        // One transcript in memory at a time: folded into the aggregates and written as a CSV row, then dropped.
        if let db {
            for (transcript, source) in try StoreTranscripts.read(db: db, classCode: classCode, command: "report") {
                // The store is the server's and was scored there; it is checked all the same, as a file would be.
                let checked = report.filter.admits(transcript.header) ? checker.check(transcript, path: source)
                                                                      : VerifiedSession(transcript: transcript, verification: .trusted)
                if report.add(checked.transcript, path: source, verification: checked.verification) == .counted
                    || checked.verification == .startedMidScenario {
                    csvFile?.write(SessionCSV.row(checked.transcript, path: source, verification: checked.verification))
                }
            }
        }
        CheckedTranscripts.read(paths, folders: scenarioFolders.folders, trust: trust, filter: report.filter,
                                progress: { progress.update(done: $0, total: $1, label: "spar report") }) { item in
            switch item {
            case .transcript(let checked, let path, _):
                if report.add(checked.transcript, path: path, verification: checked.verification) == .counted
                    || checked.verification == .startedMidScenario {
                    csvFile?.write(SessionCSV.row(checked.transcript, path: path, verification: checked.verification))
                }
            case .skipped(let file):
                report.skip(file.path, reason: file.reason)
            }
        }
        progress.finish()
        try csvFile?.finish(command: "report")
        let language = lang ?? report.mainLanguage
        // `--csv -` or `--html -` puts that on stdout instead of the tables.
        if csv != "-" && html != "-" {
            var console = Console.automatic(noColor: noColor)
            // Piped into a pager or a file, the tables still fit a screen ($COLUMNS, else 120):
            // long texts end in "…" here and are whole in the CSV and HTML.
            if !Terminal.isOutputTTY {
                console.width = ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }.map { min(max($0, 40), 1000) } ?? 120
            }
            var renderer = ReportRenderer(console: console, report: report, grouping: by, language: language)
            renderer.mistakeLimit = top
            renderer.render()
            console.flush()
        } else {
            for file in report.skipped { Console.error("spar report: skipped \(file.path): \(file.reason)") }
        }
        if let html {
            var page = HTMLReport(report: report, grouping: by, language: language)
            page.mistakeLimit = top
            let file = try OutputFile.open(html, command: "report")
            file.write(page.render())
            try file.finish(command: "report")
        }
        for written in [csv, html].compactMap({ $0 }) where written != "-" { Console.error("spar report: wrote \(written)") }
    }
}
