import Foundation
import Testing

/// The end of a session as a trainee sees it: the points first, the summary (outcome, overall, band,
/// verdict) after them so a short screen keeps it in view, then the saved path on a line of its own
/// and what to do next.
@Suite struct ScorecardScreenEndToEndTests {
    @Test(arguments: [("practice", "--mode exam"), ("exam", "--mode practice")])
    func theSummaryComesAfterThePointsAndTheNextStepsAfterTheSavedPath(mode: String, other: String) throws {
        let out = try SparBinary.temporaryDirectory()
        let answers = mode == "practice" ? "1\nA 第一KP 有需求\n1\n" : "您评估时最看重哪几项指标？\nA 第一KP 有需求\n两周到货，今天定下来下个月就能开工\n"
        let result = try SparBinary.run(["play", "Tests/Fixtures/mini.yaml", "--trainee", "测试", "--out", out.path,
                                         "--mode", mode], input: answers)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let screen = result.stdout
        let points = try #require(screen.range(of: "得分明细："))
        let overall = try #require(screen.range(of: "总分："))
        let saved = try #require(screen.range(of: "记录已保存：\n"))
        #expect(points.lowerBound < overall.lowerBound)
        #expect(overall.lowerBound < saved.lowerBound)
        // The band and the verdict do not read as a contradiction.
        let overallLine = screen[overall.lowerBound...].prefix { $0 != "\n" }
        #expect(overallLine.contains("通过（及格线 80）") || overallLine.contains("未通过：低于及格线 80"), "\(overallLine)")
        // The path is a line of its own, whole, and `spar show` takes it.
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".jsonl") })
        let path = out.appendingPathComponent(file).path
        #expect(screen[saved.upperBound...].hasPrefix(path + "\n"))
        #expect(screen.contains("接下来："))
        #expect(screen.contains("    spar show '\(path)'\n"))
        #expect(screen.contains("    spar play Tests/Fixtures/mini.yaml \(other)\n"))
        #expect(screen.hasSuffix("    spar play Tests/Fixtures/mini.yaml" + (mode == "exam" ? " --mode exam" : "") + "\n"))
    }

    /// At 40 columns the saved path and the commands to copy are printed whole: the terminal folds
    /// them on screen, and a copy gives one line, not a path cut after a label.
    @Test func at40ColumnsThePathsAndCommandsArePrintedWhole() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try PtySession(columns: 40).run(
            ["play", "Tests/Fixtures/mini.yaml", "--trainee", "测试", "--out", out.path, "--no-resume"], steps: [
                .expect("你> "), .send("1\r"), .expect("你> "), .send("A 第一KP 有需求\r"), .expect("你> "),
                .send("1\r"), .expect("spar play Tests/Fixtures/mini.yaml --mode exam"),
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".jsonl") })
        let screen = PtySession.plain(result.stdout)
        #expect(screen.contains("\n" + out.appendingPathComponent(file).path + "\n"), "\(screen.suffix(600))")
        #expect(screen.contains("    spar show '\(out.appendingPathComponent(file).path)'\n"))
    }

    /// A whole shipped scenario gives dozens of point lines: on a 40-column, 24-row terminal the
    /// summary must still be on the last screen, not scrolled away above them.
    @Test func aLongScorecardKeepsTheSummaryOnTheLastScreen() throws {
        let out = try SparBinary.temporaryDirectory()
        let inputs = try SparBinary.run(["explore", "valve-retrofit", "--inputs", "best"]).stdout
            .split(separator: "\n").map(String.init)
        try #require(inputs.count > 10)
        var steps: [PtySession.Step] = []
        for input in inputs { steps += [.expect("你> "), .send(input + "\r")] }
        steps.append(.expect("spar play valve-retrofit --mode exam"))
        let result = try PtySession(columns: 40).run(["play", "valve-retrofit", "--trainee", "测试", "--out", out.path, "--no-resume"],
                                                    steps: steps)
        #expect(result.status == 0, "\(result.stderr)")
        let screen = PtySession.plain(result.stdout)
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let pointLines = lines.drop { !$0.contains("得分明细") }.prefix { !$0.hasPrefix("结果：") }
        #expect(pointLines.count > 24, "too few point lines to test scrolling: \(pointLines.count)")
        let lastScreen = lines.suffix(24)
        #expect(lastScreen.contains { $0.hasPrefix("总分：") }, "\(lastScreen.joined(separator: "\n"))")
        #expect(lastScreen.contains { $0.hasPrefix("结果：") }, "\(lastScreen.joined(separator: "\n"))")
    }
}
