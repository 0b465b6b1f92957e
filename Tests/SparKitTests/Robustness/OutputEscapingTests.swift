import Foundation
@testable import SparKit
import Testing
import TestSupport

/// What a transcript or a scenario holds cannot leave its place in the Markdown, Mermaid or CSV
/// spar writes, nor reach a terminal raw.
@Suite struct OutputEscapingTests {
    @Test func aNodeIdInATranscriptStaysInItsCodeSpan() throws {
        let source = try String(contentsOfFile: ReportFixtures.file("2026-11-16T11-00-00_Alice_mini.jsonl"), encoding: .utf8)
        let hostile = source.replacingOccurrences(of: #""node":"opening""#, with: #""node":"x` **pwned** <img src=y>`\u001b[2J""#)
            .replacingOccurrences(of: #""scenario":"mini""#, with: #""scenario":"mini`# Title""#)
        let transcript = try Transcript.parse(hostile, file: "h.jsonl").get()
        let markdown = SessionMarkdown(SessionView(transcript: transcript, scenario: nil)).render()
        #expect(markdown.contains("`x' **pwned** <img src=y>'␛[2J`"))
        #expect(markdown.contains("`mini'# Title`"))
        #expect(!markdown.contains("\u{1B}"))
    }

    @Test func mermaidLabelsEscapeMarkup() throws {
        let yaml = try String(contentsOfFile: fixturePath("mini.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "name: 王总", with: "name: \"<script>alert(1)</script> & #quot;\"")
        let scenario = try requireScenario(yaml)
        let mermaid = ScenarioGraph.render(scenario, format: .mermaid)
        #expect(!mermaid.contains("<script>"))
        #expect(mermaid.contains("#lt;script#gt;alert(1)#lt;/script#gt; #amp; #35;quot;"))
    }

    @Test func theFormulaGuardReadsTheFirstScalar() {
        for formula in ["=\u{301}1+1", "=\u{200D}HYPERLINK(\"x\")", "+1", "@SUM(A1)", "-2+3"] {
            #expect(CSVField.encode(formula).hasPrefix("'") || CSVField.encode(formula).hasPrefix("\"'"), "\(formula.unicodeScalars.map(\.value))")
        }
        #expect(CSVField.encode("42", isNumber: true) == "42")
        #expect(CSVField.encode("张三") == "张三")
    }

    @Test func visibleTextShowsWhatWouldSteerATerminal() {
        #expect(VisibleText.visible("eve\u{1B}]0;pwned\u{07}\u{1B}[2J") == "eve␛]0;pwned␇␛[2J")
        #expect(VisibleText.visible("row\nfake") == "row␊fake")
        #expect(VisibleText.visible("a\u{202E}b\u{200B}c\u{9B}") == "a<U+202E>b<U+200B>c<U+009B>")
        #expect(VisibleText.visible("张三 Alice") == "张三 Alice")
    }

    /// `"` followed by a combining accent is one character that is not `"`, but its first byte
    /// still ends an HTML attribute: escaping goes by scalar, in HTML, Mermaid and DOT alike.
    @Test func aQuoteOrBracketFollowedByACombiningMarkIsEscapedToo() {
        let hostile = "x\"\u{301} onmouseover=alert(1) <\u{338}script>&\u{301}#\u{301}"
        let html = HTMLEscape.text(hostile)
        #expect(!html.unicodeScalars.contains { $0 == "\"" || $0 == "<" || $0 == ">" })
        #expect(html.hasPrefix("x&quot;\u{301} onmouseover"))
        let mermaid = ScenarioGraph.mermaidText(hostile + "\u{200B}")
        #expect(!mermaid.unicodeScalars.contains { $0 == "\"" || $0 == "<" || $0 == ">" })
        #expect(mermaid.hasSuffix("#35;\u{301}#lt;U+200B#gt;"))
        let dot = ScenarioGraph.dotEscape("a\"\u{301}\\\n")
        #expect(dot == "a\\\"\u{301}\\\\␊")
    }
}
