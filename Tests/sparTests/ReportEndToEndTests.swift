import Foundation
import SparTerminal
import Testing

/// A trainer after class, through the built binary: show one session, report on the class folder
/// (terminal, CSV, HTML), export xAPI, and a folder with broken and foreign files in it.
@Suite struct ReportEndToEndTests {
    static let classFolder = "Tests/Fixtures/class"
    static let session = "Tests/Fixtures/class/2026-11-09T09-05-00_张三_mini.jsonl"

    /// The report tests rely on these figures; if the engine's scoring changes, this says so first.
    @Test func theGoldenClassTranscriptsStillReplay() throws {
        let result = try SparBinary.run(["test", Self.classFolder])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("8 passed, 0 failed"))
    }

    @Test func showPrintsEachTurnWithTheCustomersLineAndTheScorecard() throws {
        let result = try SparBinary.run(["show", Self.session])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("李工（工程师）：你们的报价比别家高了15%。"))
        #expect(result.stdout.contains("你：1) 价格确实重要。"))
        #expect(result.stdout.contains("-3 客户分类 分类错误"))
        #expect(result.stdout.contains("⏱ 15/30 分钟"))
        #expect(result.stdout.contains("成绩单"))
        #expect(result.stdout.contains("总分：71 / 100"))
        #expect(!result.stdout.contains("\u{1B}["))

        let markdown = try SparBinary.run(["show", "--markdown", Self.session])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# 小型测试场景 — 张三"))
        #expect(markdown.stdout.contains("| +3 | 促成成交 |"))
    }

    @Test func showWithoutTheScenarioStillShowsTheTurns() throws {
        let dir = try SparBinary.temporaryDirectory()
        let copy = dir.appendingPathComponent("s.jsonl")
        let text = try String(contentsOfFile: SparBinary.packageRoot.appendingPathComponent(Self.session).path, encoding: .utf8)
        try text.replacingOccurrences(of: "Tests/Fixtures/mini.yaml", with: "gone/mini.yaml")
            .replacingOccurrences(of: "\"scenario\":\"mini\"", with: "\"scenario\":\"no-such-scenario\"")
            .write(to: copy, atomically: true, encoding: .utf8)
        let result = try SparBinary.run(["show", copy.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("找不到场景文件"))
        #expect(result.stdout.contains("你：1) 价格确实重要。"))
    }

    /// Piped into a pager, the tables fit a screen: a long choice ends in "…" instead of padding
    /// every row of its table to hundreds of columns (the CSV keeps the whole text).
    @Test func pipedReportTablesFitAScreen() throws {
        let result = try SparBinary.run(["report", "transcripts/valve-retrofit", "transcripts/audit-cold-call"])
        #expect(result.status == 0, "\(result.stderr)")
        let widest = result.stdout.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
        #expect(widest <= 120, "a line is \(widest) columns wide")
        #expect(result.stdout.contains("…"))
    }

    /// At a 60-column terminal every table of the report, Chinese or English, fits the window.
    @Test(arguments: ["zh", "en"])
    func reportTablesFitTheTerminalsWidth(language: String) throws {
        let result = try PtySession(columns: 60).run(
            ["report", "transcripts/valve-retrofit", "transcripts/audit-cold-call", "--lang", language], steps: [])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = PtySession.plain(result.stdout).split(separator: "\n").map(String.init)
        #expect(lines.count > 20, "\(lines)")
        let wide = lines.filter { DisplayWidth.of($0) > 60 }
        #expect(wide.isEmpty, "lines wider than the terminal: \(wide)")
        #expect(lines.contains { $0.contains("…") }, "no long text was cut")
    }

    @Test func reportWritesTablesCSVAndHTML() throws {
        let dir = try SparBinary.temporaryDirectory()
        let csv = dir.appendingPathComponent("class.csv").path
        let html = dir.appendingPathComponent("class.html").path
        let result = try SparBinary.run(["report", Self.classFolder, "--csv", csv, "--html", html])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let out = result.stdout
        #expect(out.contains("8 场会谈（7 场完成，1 场未完成）"))
        // Aligned although names are Chinese: the score columns end at the same display column.
        let rows = out.split(separator: "\n").filter { $0.hasPrefix("  张三") || $0.hasPrefix("  Alice") }.map(String.init)
        #expect(rows.count >= 2)
        #expect(Set(rows.prefix(2).map { Self.displayColumn(of: "熟练", in: $0) }).count == 1)
        #expect(out.contains("classification.wrong"))
        #expect(out.contains("各节点的选择分布"))
        #expect(out.contains("+86"))

        let csvText = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(csvText.split(separator: "\r\n").count == 1 + 8)
        #expect(csvText.contains("stage,classification,people,discovery,objection,closing,rapport"))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("data-chart=\"radar\""))
        #expect(page.contains("data-chart=\"attempts\""))
        #expect(!page.contains("<script"))

        let english = try SparBinary.run(["report", Self.classFolder, "--by", "scenario", "--lang", "en", "--mode", "exam"])
        #expect(english.stdout.contains("1 session (1 finished, 0 unfinished), 7 outside the filter"))

        let badDate = try SparBinary.run(["report", Self.classFolder, "--since", "yesterday"])
        #expect(badDate.status != 0)
        #expect(badDate.stderr.contains("--since takes a date"))
    }

    @Test func reportCountsEveryGoodSessionAndNamesEveryBadFile() throws {
        let dir = try SparBinary.temporaryDirectory()
        let source = SparBinary.packageRoot.appendingPathComponent(Self.classFolder).path
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: (source as NSString).appendingPathComponent(name),
                                             toPath: dir.appendingPathComponent(name).path)
        }
        let original = try String(contentsOfFile: (source as NSString).appendingPathComponent("2026-11-16T09-10-00_张三_mini.jsonl"),
                                  encoding: .utf8)
        try String(original.dropLast(40)).write(to: dir.appendingPathComponent("truncated.jsonl"), atomically: true, encoding: .utf8)
        try "{\"type\":\"something-else\"}\n".write(to: dir.appendingPathComponent("foreign.jsonl"), atomically: true, encoding: .utf8)
        try "not json at all\n{}\n".write(to: dir.appendingPathComponent("garbage.jsonl"), atomically: true, encoding: .utf8)
        let csv = dir.appendingPathComponent("out.csv").path
        let result = try SparBinary.run(["report", dir.path, "--csv", csv])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("9 场会谈（7 场完成，2 场未完成），跳过 2 个文件"))
        #expect(result.stdout.contains("foreign.jsonl: line 1: a transcript must start with a header line"))
        #expect(result.stdout.contains("garbage.jsonl: line 1: not a transcript event (invalid JSON)"))
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\r\n")
        #expect(rows.count == 1 + 9)
        #expect(rows.contains { $0.contains("truncated.jsonl") && $0.contains(",false,") })
    }

    @Test func exportWritesXAPIStatementsAsAJSONArray() throws {
        let dir = try SparBinary.temporaryDirectory()
        let file = dir.appendingPathComponent("statements.json").path
        let result = try SparBinary.run(["export", "--xapi", file, Self.classFolder])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("for 8 sessions"))
        let data = try #require(FileManager.default.contents(atPath: file))
        let statements = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let verbs = statements.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        #expect(verbs.filter { $0.hasSuffix("/attempted") }.count == 8)
        #expect(verbs.filter { $0.hasSuffix("/completed") }.count == 7)
        #expect(verbs.filter { $0.hasSuffix("/passed") }.count == 3)
        #expect(verbs.filter { $0.hasSuffix("/failed") }.count == 4)

        let again = try SparBinary.run(["export", "--xapi", "-", Self.classFolder])
        #expect(again.stdout == String(decoding: data, as: UTF8.self))
    }

    /// The display column (Chinese counts two) where `needle` starts in `line`.
    static func displayColumn(of needle: String, in line: String) -> Int? {
        guard let range = line.range(of: needle) else { return nil }
        return line[..<range.lowerBound].reduce(0) { width, character in
            width + (character.unicodeScalars.first.map { $0.value >= 0x1100 ? 2 : 1 } ?? 1)
        }
    }
}

