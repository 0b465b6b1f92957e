import Foundation
import Testing

/// Tab at a terminal: on an empty line at a checkpoint, readline lists the words that checkpoint
/// takes (classes and reasons), in either language.
@Suite struct CheckpointCompletionEndToEndTests {
    static let mini = "Tests/Fixtures/mini.yaml"

    @Test(arguments: [("zh", "你> ", "【检查点】", "没有购买能力", "A 第一KP 有需求\r", "你的判断"),
                      ("en", "you> ", "[Checkpoint]", "cannot pay", "A first KP, has a need\r", "Your call")])
    func tabOnAnEmptyLineAtAClassifyCheckpointListsClassesAndReasons(
        language: String, prompt: String, checkpoint: String, reason: String, answer: String, recorded: String
    ) throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try PtySession().run(["play", Self.mini, "--out", out.path, "--lang", language], steps: [
            .expect(prompt), .send("1\r"), .expect(checkpoint), .expect(prompt),
            // Nothing typed: Tab twice lists every word the checkpoint takes.
            .send("\t\t"), .expect(reason), .expect(prompt),
            .send(answer), .expect(recorded), .expect(prompt), .send("/quit\r"), .expect("spar resume"),
        ])
        #expect(result.status == 0, "\(result.stderr)\n\(PtySession.plain(result.stdout).suffix(600))")
    }

    /// `/classify ` then Tab, away from any checkpoint: the classes and reasons the command takes.
    @Test func tabAfterClassifyCommandListsTheClassesAnywhere() throws {
        let out = try SparBinary.temporaryDirectory()
        let result = try PtySession().run(["play", Self.mini, "--out", out.path, "--no-resume"], steps: [
            .expect("你> "), .send("/classify \t\t"), .expect("没有购买能力"), .expect("你> "),
            .send("\u{15}/quit\r"), .expect("spar resume"),
        ])
        #expect(result.status == 0, "\(result.stderr)\n\(PtySession.plain(result.stdout).suffix(600))")
    }
}
