import Foundation
import SparKit
import Testing

/// The HTML page: self-contained, every chart present with its data, every typed text escaped.
@Suite struct ReportHTMLTests {
    let html = HTMLReport(report: ReportFixtures.classReport(), grouping: .trainee, language: .zh).render()

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func everyChartIsThereWithItsTitle() {
        // One radar per trainee with a finished session, then mistakes, choices and attempts.
        #expect(count("<svg", in: html) == 4 + 3)
        #expect(count("data-chart=\"radar\"", in: html) == 4)
        for trainee in ["Alice", "张三", "李四", "王五"] {
            #expect(html.contains("<title>\(trainee) — 各维度平均分</title>"))
        }
        #expect(html.contains("data-chart=\"mistakes\""))
        #expect(html.contains("<title>常见失误</title>"))
        #expect(html.contains("data-chart=\"choices\""))
        #expect(html.contains("<title>mini — 各节点的选择分布</title>"))
        #expect(html.contains("data-chart=\"attempts\""))
        #expect(html.contains("<title>mini — 历次总分</title>"))
    }

    @Test func chartsCarryTheData() {
        // The class average is drawn dashed on each radar; each trainee's polygon is named.
        #expect(count("stroke-dasharray=\"5 4\"", in: html) >= 4)
        #expect(html.contains("data-series=\"张三\""))
        // The most frequent mistake's bar and its count; the choice segments with their shares.
        #expect(html.contains("classification.wrong — 分类错误"))
        #expect(html.contains("1) 价格确实重要。您评估时最看重哪几项指标？ — 7 (78%)"))
        // 张三's three attempts in order.
        #expect(html.contains("<title>张三 #3: 86</title>"))
        #expect(html.contains("<title>张三 #1: 0</title>"))
    }

    @Test func thePageLoadsNothingFromOutside() {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("src="))
        #expect(!html.contains("url("))
        #expect(!html.contains("@import"))
        #expect(html.contains("default-src 'none'"))
    }

    @Test func typedTextIsEscaped() throws {
        let source = try String(contentsOfFile: ReportFixtures.file("2026-11-09T10-00-00_王五_mini.jsonl"), encoding: .utf8)
        let hostile = source.replacingOccurrences(of: "\"trainee\":\"王五\"", with: "\"trainee\":\"<script>alert('x')</script>&\"")
        let transcript = try Transcript.parse(hostile, file: "hostile.jsonl").get()
        var report = ClassReport()
        report.add(transcript, path: "hostile.jsonl", verification: .trusted)
        report.skip("<b>bad</b>.jsonl", reason: "line 1: \"quoted\"")
        let page = HTMLReport(report: report, grouping: .trainee, language: .en).render()
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<b>bad</b>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"))
        #expect(page.contains("&lt;b&gt;bad&lt;/b&gt;.jsonl: line 1: &quot;quoted&quot;"))
    }

    @Test func groupingByScenarioDrawsOneRadarPerScenario() {
        let page = HTMLReport(report: ReportFixtures.classReport(), grouping: .scenario, language: .en).render()
        #expect(count("data-chart=\"radar\"", in: page) == 1)
        #expect(page.contains("<title>mini — Dimension averages</title>"))
        #expect(page.contains("<html lang=\"en\">"))
    }

    @Test func anEmptyReportStillRenders() {
        var report = ClassReport()
        report.skip("x.jsonl", reason: "line 1: no header line: not a spar transcript")
        let page = HTMLReport(report: report, grouping: .trainee, language: .en).render()
        #expect(page.contains("No sessions to report."))
        #expect(page.contains("x.jsonl"))
        #expect(!page.contains("<svg"))
    }

    @Test func fewerThanThreeDimensionsGetBarsInsteadOfARadar() {
        let chart = RadarChart(title: "t", axes: ["a", "b", "c"], series: [.init(name: "s", values: [100, nil, 50], color: "#000")]).svg()
        #expect(chart.contains("<polygon class=\"series\""))
        let bars = BarChart(title: "b", bars: [.init(label: "很长的标签很长的标签很长的标签很长的标签很长的标签", value: 3, valueText: "3", color: "#000")],
                            width: 200).svg()
        #expect(bars.contains("…"))
    }
}
