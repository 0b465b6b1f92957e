import Foundation
import Testing

/// The history file at a terminal: each session appends the lines typed in it, once. Starting a
/// session from the menu opens a second line editor in the same process, which once read the file
/// again on top of the first and wrote both back, doubling the file every session.
@Suite struct HistoryEndToEndTests {
    @Test func aSessionStartedFromTheMenuAppendsOnlyItsOwnLines() throws {
        let state = try SparBinary.temporaryDirectory()
        let scenarios = try SparBinary.temporaryDirectory()
        let out = try SparBinary.temporaryDirectory()
        try FileManager.default.copyItem(at: SparBinary.packageRoot.appendingPathComponent("Tests/Fixtures/mini.yaml"),
                                         to: scenarios.appendingPathComponent("mini.yaml"))
        let history = state.appendingPathComponent("spar/history")
        try FileManager.default.createDirectory(at: history.deletingLastPathComponent(), withIntermediateDirectories: true)
        let earlier = ["earlier one", "earlier two", "earlier three"]
        try (earlier.joined(separator: "\n") + "\n").write(to: history, atomically: true, encoding: .utf8)

        var terminal = PtySession()
        terminal.environment = ["XDG_STATE_HOME": state.path, "SPAR_SCENARIOS": scenarios.path]
        for answer in ["1", "2"] {
            let result = try terminal.run(["--out", out.path, "--no-resume"], steps: [
                .expect("choose (1–1"), .send("1\r"), .expect("你> "),
                .send(answer + "\r"), .expect("你> "), .send("/quit\r"), .expect("spar resume"),
            ])
            #expect(result.status == 0, "\(result.stderr)\n\(PtySession.plain(result.stdout).suffix(600))")
        }

        let lines = try String(contentsOf: history, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == earlier + ["1", "/quit", "2", "/quit"])
    }
}

/// `/restart` at a terminal asks first; anything but a yes keeps the session going.
@Suite struct RestartEndToEndTests {
    @Test func restartAsksAndOnlyAYesStartsOver() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try PtySession().run(["play", "Tests/Fixtures/mini.yaml", "--out", out.path, "--no-resume"], steps: [
            .expect("你> "), .send("/notes 王总前倾\r"), .expect("笔记已记录"), .expect("你> "),
            .send("/restart\r"), .expect("[y/N]"), .send("\r"), .expect("继续本次会谈"), .expect("你> "),
            .send("/restart\r"), .expect("[y/N]"), .send("y\r"), .expect("已重新开始，笔记保留"), .expect("进入考察期"),
            .expect("你> "), .send("/notes\r"), .expect("王总前倾"), .expect("你> "), .send("/quit\r"), .expect("spar resume"),
        ])
        #expect(result.status == 0, "\(result.stderr)\n\(PtySession.plain(result.stdout).suffix(600))")
    }
}
