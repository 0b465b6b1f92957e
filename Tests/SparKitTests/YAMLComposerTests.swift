import Foundation
@testable import SparKit
import Testing

/// The one-pass composer must build exactly the tree the checked path (pre-flight, then Yams)
/// builds, and give up on everything that path has to report.
@Suite struct YAMLComposerTests {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios").path

    func compose(_ text: String) -> YAMLNode? {
        var text = text
        return text.withUTF8 { YAMLComposer.compose($0) }
    }

    /// Same shape, texts, styles and places.
    func same(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
        switch (a, b) {
        case let (.scalar(x), .scalar(y)):
            return x.string == y.string && x.style == y.style && x.mark == y.mark
        case let (.sequence(x, xMark), .sequence(y, yMark)):
            return xMark == yMark && x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case let (.mapping(x, xMark), .mapping(y, yMark)):
            return xMark == yMark && x.count == y.count
                && zip(x, y).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        default:
            return false
        }
    }

    @Test func everyShippedScenarioComposesAsTheCheckedPathDoes() throws {
        let files = FolderFiles.list(in: Self.scenarios, extensions: ["yaml"])
        #expect(files.count >= 9)
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let fast = try #require(compose(text), "\(file)")
            let checked = try ScenarioLoader.checkedCompose(text, file: file).get()
            #expect(same(fast, checked), "\(file)")
        }
    }

    @Test func quotedFoldedAndFlowValuesKeepTheirStylesAndPlaces() throws {
        let text = "a: 'single'\nb: \"dou\\u00e9ble\"\nc: |\n  literal\nd: >\n  folded\n  text\ne: [x, {y: z}]\n中文: 值\n"
        let fast = try #require(compose(text))
        #expect(same(fast, try ScenarioLoader.checkedCompose(text, file: "t.yaml").get()))
    }

    /// Each of these is the checked path's to report (and the loader's tests hold its words).
    @Test(arguments: [
        "a: 1\na: 2\n",                                  // duplicate key
        "a: &x 1\nb: *x\n",                               // anchor and alias
        "a: [1, 2\n",                                     // syntax error
        "a: 1\n---\nb: 2\n",                              // two documents
        "",                                               // empty
        "? [a, b]\n: 1\n",                                // a key that is not text
        String(repeating: "[", count: 65) + String(repeating: "]", count: 65),  // nesting past 64
        "a: " + String(repeating: "x", count: 64 * 1024 + 1) + "\n",             // text past 64 KB
    ])
    func givesUpOnWhatTheCheckedPathReports(text: String) {
        #expect(compose(text) == nil)
    }

    @Test func sixtyFourLevelsCompose() {
        #expect(compose(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) != nil)
    }
}
