import Foundation
@testable import SparKit
import Testing
import TestSupport

/// Transcripts handed in by trainees are read without trusting their shape: deep nesting, huge
/// lines, Windows line ends, unknown schemas and impossible dates.
@Suite struct TranscriptReaderLimitsTests {
    static let header = #"{"lang":"zh","mode":"practice","scenario":"mini","scenario_sha256":"00","schema":1,"#
        + #""started":"2026-11-22T16:25:31Z","trainee":"t","type":"header","version":"0.1.0"}"#

    static func diagnostic(_ text: String) -> Diagnostic? {
        if case .failure(let diagnostic) = Transcript.parse(text, file: "t.jsonl") { return diagnostic }
        return nil
    }

    @Test func aLineNestedAHundredFiftyThousandLevelsIsALocatedErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 150_000) + String(repeating: "]", count: 150_000)
        for line in [#"{"type":"note","x":"# + deep + "}", deep, #"{"type":"header","x":"# + deep + "}"] {
            let error = try #require(Self.diagnostic(Self.header + "\n" + line + "\n" + #"{"type":"hint"}"#))
            #expect(error.location.line == 2)
            #expect(error.message.contains("levels deep"))
        }
    }

    @Test func nestingInsideStringsIsNotCounted() throws {
        let text = Self.header + "\n" + #"{"type":"note","n":1,"node":"a","input":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"[{"}"#
        guard case .success(let transcript) = Transcript.parse(text, file: "t.jsonl") else { Issue.record("refused"); return }
        #expect(transcript.records.count == 1)
    }

    @Test func aLineOverTheSizeLimitIsALocatedError() throws {
        let line = #"{"type":"note","input":""# + String(repeating: "a", count: JSONLineLimits.maxBytes) + #""}"#
        let error = try #require(Self.diagnostic(Self.header + "\n" + line + "\n"))
        #expect(error.location.line == 2)
        #expect(error.message.contains("bytes long"))
    }

    @Test func windowsLineEndsRead() throws {
        let golden = try String(contentsOfFile: fixturePath("../../transcripts/saas-demo/mistakes.jsonl"), encoding: .utf8)
        let crlf = golden.replacingOccurrences(of: "\n", with: "\r\n")
        guard case .success(let unix) = Transcript.parse(golden, file: "a"),
              case .success(let windows) = Transcript.parse(crlf, file: "b") else { Issue.record("refused"); return }
        #expect(windows.records == unix.records)
        #expect(windows.end == unix.end)
        #expect(windows.header == unix.header)
    }

    @Test func anUnknownSchemaIsRefusedWithItsNumber() throws {
        let text = Self.header.replacingOccurrences(of: #""schema":1"#, with: #""schema":99"#)
        let error = try #require(Self.diagnostic(text))
        #expect(error.message.contains("schema 99"))
    }

    @Test func aStartThatIsNotADateIsAnErrorOnThatFile() throws {
        let text = Self.header.replacingOccurrences(of: "2026-11-22T16:25:31Z", with: "not-a-date\\u001b]0;x")
        let error = try #require(Self.diagnostic(text))
        #expect(error.message.contains("not a date"))
        #expect(!error.message.contains("\u{1B}"))
    }
}
